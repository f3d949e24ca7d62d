package io.smarttriage.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds, rewrites and removes user keys in availability JSON (the format of {@link
 * AvailabilityConfig}): the names of the entries under {@code "agents"} and the {@code "cover"} of
 * each absence. Every other field is kept as stored.
 */
final class AvailabilityUsers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AvailabilityUsers() {}

    /**
     * Returns whether the JSON holds the user key, as an agent or as the cover of an absence.
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    static boolean names(String json, String userKey) {
        ObjectNode agents = agents(root(json));
        if (agents == null) {
            return false;
        }
        if (agents.has(userKey)) {
            return true;
        }
        for (JsonNode absence : absences(agents)) {
            if (userKey.equals(absence.path("cover").asText(null))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the JSON with {@code oldKey} replaced by {@code newKey}; the agent entry keeps its
     * place and replaces an entry already stored under {@code newKey}.
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    static String renamed(String json, String oldKey, String newKey) {
        ObjectNode root = root(json);
        ObjectNode agents = agents(root);
        if (agents == null) {
            return json;
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        agents.fields().forEachRemaining(entries::add);
        agents.removeAll();
        for (Map.Entry<String, JsonNode> entry : entries) {
            if (entry.getKey().equals(oldKey)) {
                agents.set(newKey, entry.getValue());
            } else if (!entry.getKey().equals(newKey) || !hasField(entries, oldKey)) {
                agents.set(entry.getKey(), entry.getValue());
            }
        }
        for (JsonNode absence : absences(agents)) {
            if (absence instanceof ObjectNode object
                    && oldKey.equals(object.path("cover").asText(null))) {
                object.put("cover", newKey);
            }
        }
        return write(root);
    }

    /**
     * Returns the JSON without the user: the user's agent entry (hours, absences, capacity) is
     * removed, and absences the user covered keep no cover.
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    static String forgotten(String json, String userKey) {
        ObjectNode root = root(json);
        ObjectNode agents = agents(root);
        if (agents == null) {
            return json;
        }
        agents.remove(userKey);
        for (JsonNode absence : absences(agents)) {
            if (absence instanceof ObjectNode object
                    && userKey.equals(object.path("cover").asText(null))) {
                object.remove("cover");
            }
        }
        return write(root);
    }

    private static boolean hasField(List<Map.Entry<String, JsonNode>> entries, String key) {
        return entries.stream().anyMatch(e -> e.getKey().equals(key));
    }

    private static List<JsonNode> absences(ObjectNode agents) {
        List<JsonNode> absences = new ArrayList<>();
        for (JsonNode agent : agents) {
            for (JsonNode absence : agent.path("absences")) {
                absences.add(absence);
            }
        }
        return absences;
    }

    private static ObjectNode agents(ObjectNode root) {
        return root.get("agents") instanceof ObjectNode agents ? agents : null;
    }

    private static ObjectNode root(String json) {
        try {
            if (JSON.readTree(json) instanceof ObjectNode root) {
                return root;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "availability JSON is not valid JSON: " + e.getOriginalMessage(), e);
        }
        throw new IllegalArgumentException("availability JSON must be a JSON object");
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("availability JSON cannot be written", e);
        }
    }
}
