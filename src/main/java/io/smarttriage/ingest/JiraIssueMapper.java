package io.smarttriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smarttriage.domain.Ticket;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps one Jira REST issue object ({@code key} plus {@code fields}) to a ticket. */
final class JiraIssueMapper {
    private static final String[] USER_IDS = {"name", "key", "accountId"};

    private final DateReader dates;
    private final JiraRequestType requestType;

    JiraIssueMapper(DateReader dates, String categoryField) {
        this.dates = dates;
        this.requestType = new JiraRequestType(categoryField);
    }

    /** Maps the issue or says which of its values breaks a rule. */
    Ticket map(JsonNode issue) throws BadValueException {
        if (!issue.isObject()) {
            String type = issue.getNodeType().name().toLowerCase(Locale.ROOT);
            throw new BadValueException(
                    RowError.WHOLE_ROW, "is a JSON " + type + ", not an issue object");
        }
        String key = JsonText.of(issue.get("key"));
        if (key == null) {
            throw new BadValueException("key", "is missing or empty; every issue needs a key");
        }
        JsonNode fields = issue.path("fields");
        if (!fields.isObject()) {
            throw new BadValueException("fields", "is missing; an issue keeps its values there");
        }
        return ticket(key.strip(), fields);
    }

    private Ticket ticket(String key, JsonNode fields) throws BadValueException {
        return Ticket.builder(key, created(fields))
                .project(named(fields.get("project"), "key"))
                .resolved(date(fields, "resolutiondate"))
                .summary(JsonText.of(fields.get("summary")))
                .description(JsonText.of(fields.get("description")))
                .environment(JsonText.of(fields.get("environment")))
                .reporter(named(fields.get("reporter"), USER_IDS))
                .assignee(named(fields.get("assignee"), USER_IDS))
                .priority(named(fields.get("priority"), "name"))
                .category(requestType.of(fields))
                .components(names(fields.get("components")))
                .labels(names(fields.get("labels")))
                .affectsVersions(names(fields.get("versions")))
                .build();
    }

    private Instant created(JsonNode fields) throws BadValueException {
        Instant created = date(fields, "created");
        if (created == null) {
            throw new BadValueException(
                    "fields.created", "is missing; every Jira issue has a creation time");
        }
        return created;
    }

    private Instant date(JsonNode fields, String name) throws BadValueException {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return dates.parse(node.asText());
        } catch (DateTimeException e) {
            throw new BadValueException("fields." + name, e.getMessage());
        }
    }

    /** A string as is, or the first of the given properties an object has. */
    static String named(JsonNode node, String... properties) {
        if (node == null || !node.isObject()) {
            return JsonText.of(node);
        }
        for (String property : properties) {
            String value = JsonText.of(node.get(property));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static List<String> names(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(
                    element -> {
                        String value = named(element, "name", "value");
                        if (value != null) {
                            values.add(value.strip());
                        }
                    });
        }
        return values;
    }
}
