package io.smarttriage.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The replay's stand-in for Jira's issue store: the requests of a replay in a JSON file that the
 * node processes read, so that they see the same issues as the coordinator. Issue {@code i + 1} is
 * the request at index {@code i}.
 */
final class ReplayIssues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplayIssues() {}

    /** Writes {@code tickets} to {@code file}. */
    static void write(List<Ticket> tickets, Path file) {
        ArrayNode all = JSON.createArrayNode();
        for (Ticket t : tickets) {
            ObjectNode n = all.addObject();
            n.put("key", t.key());
            n.put("project", t.project());
            n.put("created", text(t.created()));
            n.put("resolved", text(t.resolved()));
            n.put("summary", t.summary());
            n.put("description", t.description());
            n.put("environment", t.environment());
            n.put("reporter", t.reporter());
            n.put("assignee", t.assignee());
            n.put("priority", t.priority());
            n.put("category", t.category());
            list(n.putArray("components"), t.components());
            list(n.putArray("labels"), t.labels());
            list(n.putArray("affectsVersions"), t.affectsVersions());
        }
        try {
            JSON.writeValue(file.toFile(), all);
        } catch (IOException e) {
            throw new InputException("cannot write the replay's issues to " + file, e);
        }
    }

    /** Reads the requests written by {@link #write}. */
    static List<Ticket> read(Path file) {
        JsonNode all;
        try {
            all = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException("cannot read the replay's issues from " + file, e);
        }
        List<Ticket> tickets = new ArrayList<>();
        for (JsonNode n : all) {
            tickets.add(
                    new Ticket(
                            n.get("key").asText(),
                            text(n, "project"),
                            instant(text(n, "created")),
                            instant(text(n, "resolved")),
                            text(n, "summary"),
                            text(n, "description"),
                            text(n, "environment"),
                            text(n, "reporter"),
                            text(n, "assignee"),
                            text(n, "priority"),
                            text(n, "category"),
                            strings(n.get("components")),
                            strings(n.get("labels")),
                            strings(n.get("affectsVersions"))));
        }
        return tickets;
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void list(ArrayNode target, List<String> values) {
        values.forEach(target::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
