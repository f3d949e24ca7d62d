package io.smarttriage.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smarttriage.routing.AvailabilityBook;
import io.smarttriage.routing.AvailabilityFile;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project's agent availability and capacity, read from the JSON an administrator stores.
 *
 * <p>Format: the {@link AvailabilityFile} format ({@code {"agents": {"<userKey>": {"zone", "hours",
 * "absences", "paused"}}}}) plus two optional numbers for the router: a top-level {@code
 * "capacity"} (the most weighted open work each agent should hold, default {@value
 * #DEFAULT_CAPACITY}) and a {@code "capacity"} per agent entry that overrides it.
 *
 * @param book working hours, absences and pause switches; agents without an entry always work
 * @param capacity capacity of agents without their own
 * @param capacities capacity per user key, where given
 */
public record AvailabilityConfig(
        AvailabilityBook book, double capacity, Map<String, Double> capacities) {

    /**
     * Capacity of an agent when the JSON names none: weighted open work (a Medium request counts 1,
     * a Highest 3, growing with age up to double; see WorkloadWeights#defaults).
     */
    public static final double DEFAULT_CAPACITY = 30;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the map. */
    public AvailabilityConfig {
        capacities = Map.copyOf(capacities);
    }

    /** Returns the configuration of a project without stored JSON: everyone always available. */
    public static AvailabilityConfig everyoneAvailable() {
        return new AvailabilityConfig(
                AvailabilityBook.alwaysAvailable(), DEFAULT_CAPACITY, Map.of());
    }

    /**
     * Parses stored JSON; {@code source} names it in errors.
     *
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public static AvailabilityConfig parse(String json, String source) {
        JsonNode root = tree(json, source);
        AvailabilityBook book;
        try {
            book = AvailabilityFile.parse(json, source);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not valid JSON", e);
        }
        double capacity = capacity(root.get("capacity"), DEFAULT_CAPACITY, source);
        Map<String, Double> capacities = new LinkedHashMap<>();
        root.path("agents")
                .fields()
                .forEachRemaining(
                        e -> {
                            String where = source + ", agent '" + e.getKey() + "'";
                            JsonNode value = e.getValue().get("capacity");
                            if (value != null) {
                                capacities.put(e.getKey(), capacity(value, capacity, where));
                            }
                        });
        return new AvailabilityConfig(book, capacity, capacities);
    }

    /**
     * Parses JSON an administrator wants to store and checks that it names only agents of the pool
     * (any agent when the pool is empty).
     *
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public static AvailabilityConfig validate(String json, String source, Collection<String> pool) {
        AvailabilityConfig config = parse(json, source);
        tree(json, source)
                .path("agents")
                .fieldNames()
                .forEachRemaining(
                        key -> {
                            if (!pool.isEmpty() && !pool.contains(key)) {
                                throw new IllegalArgumentException(
                                        source
                                                + ": agent '"
                                                + key
                                                + "' must be a user key of the project's agent"
                                                + " pool");
                            }
                        });
        return config;
    }

    /** Returns the capacity of one agent. */
    public double capacityOf(String userKey) {
        return capacities.getOrDefault(userKey, capacity);
    }

    private static JsonNode tree(String json, String source) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException(source + ": a JSON object is required, got nothing");
        }
        try {
            JsonNode root = JSON.readTree(json);
            if (!root.isObject()) {
                throw new IllegalArgumentException(
                        source + ": must be a JSON object with an 'agents' object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static double capacity(JsonNode node, double fallback, String where) {
        if (node == null) {
            return fallback;
        }
        if (!node.isNumber() || !(node.asDouble() > 0) || Double.isInfinite(node.asDouble())) {
            throw new IllegalArgumentException(
                    where + ", field 'capacity': " + node + " must be a number above 0");
        }
        return node.asDouble();
    }
}
