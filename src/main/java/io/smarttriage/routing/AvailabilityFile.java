package io.smarttriage.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads agent availability from a JSON file for the runner and replays.
 *
 * <p>Format: an object {@code {"agents": {"<userKey>": entry, ...}}}, where each entry may hold
 * {@code "zone"} (IANA time zone, default UTC), {@code "hours"} (an object from day or day range,
 * e.g. {@code "MON-FRI"} or {@code "SAT"}, to a list of windows such as {@code "09:00-17:00"};
 * {@code "24:00"} ends at midnight; without {@code "hours"} the agent works around the clock),
 * {@code "absences"} (a list of {@code {"from": ISO instant, "until": ISO instant, "cover":
 * "<userKey>"}}, {@code cover} optional) and {@code "paused"} (boolean, default false).
 */
public final class AvailabilityFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AvailabilityFile() {}

    /** Reads a file in the format above; errors name the agent, field and value. */
    public static AvailabilityBook read(Path file) throws IOException {
        return parse(JSON.readTree(file.toFile()), file.toString());
    }

    /** Parses JSON text in the format above; {@code source} names it in error messages. */
    public static AvailabilityBook parse(String json, String source) throws IOException {
        return parse(JSON.readTree(json), source);
    }

    private static AvailabilityBook parse(JsonNode root, String source) {
        JsonNode agents = root.path("agents");
        if (!agents.isObject()) {
            throw new IllegalArgumentException(
                    source
                            + ": top-level field 'agents' must be an"
                            + " object of user key to availability");
        }
        Map<String, AgentAvailability> entries = new LinkedHashMap<>();
        agents.fields()
                .forEachRemaining(
                        field ->
                                entries.put(
                                        field.getKey(),
                                        entry(
                                                field.getValue(),
                                                source + ", agent '" + field.getKey() + "'")));
        return AvailabilityBook.of(entries);
    }

    private static AgentAvailability entry(JsonNode node, String where) {
        ZoneId zone = zone(node.path("zone").asText("UTC"), where);
        WeeklySchedule schedule =
                node.has("hours")
                        ? new WeeklySchedule(zone, hours(node.get("hours"), where))
                        : new WeeklySchedule(zone, WeeklySchedule.always().days());
        List<Absence> absences = new ArrayList<>();
        for (JsonNode absence : node.path("absences")) {
            absences.add(
                    new Absence(
                            instant(absence, "from", where),
                            instant(absence, "until", where),
                            absence.path("cover").asText(null)));
        }
        return new AgentAvailability(schedule, absences, node.path("paused").asBoolean(false));
    }

    private static Map<DayOfWeek, List<TimeWindow>> hours(JsonNode hours, String where) {
        Map<DayOfWeek, List<TimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        hours.fields()
                .forEachRemaining(
                        field -> {
                            List<TimeWindow> windows = new ArrayList<>();
                            for (JsonNode window : field.getValue()) {
                                windows.add(ScheduleText.window(window.asText(), where));
                            }
                            for (DayOfWeek day : ScheduleText.days(field.getKey(), where)) {
                                days.computeIfAbsent(day, d -> new ArrayList<>()).addAll(windows);
                            }
                        });
        return days;
    }

    private static ZoneId zone(String text, String where) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    where
                            + ", field 'zone': '"
                            + text
                            + "' is not an IANA time zone such as Europe/Berlin",
                    e);
        }
    }

    private static Instant instant(JsonNode absence, String field, String where) {
        String text = absence.path(field).asText("");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    where
                            + ", absence field '"
                            + field
                            + "': '"
                            + text
                            + "' is not an ISO-8601 instant such as 2016-03-01T00:00:00Z",
                    e);
        }
    }
}
