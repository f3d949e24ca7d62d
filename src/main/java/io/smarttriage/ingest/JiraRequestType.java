package io.smarttriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * Finds the request type or category of a Jira REST issue.
 *
 * <p>With a configured field id (e.g. {@code customfield_10010}) that field is read; without one,
 * the first field holding a Service Management {@code requestType} object is used.
 */
final class JiraRequestType {
    private static final String REQUEST_TYPE = "requestType";

    private final String field;

    JiraRequestType(String field) {
        this.field = field;
    }

    /** Returns the category name, or {@code null} when the issue has none. */
    String of(JsonNode fields) {
        if (field != null) {
            return value(fields.get(field));
        }
        if (fields.has(REQUEST_TYPE)) {
            return value(fields.get(REQUEST_TYPE));
        }
        for (Iterator<JsonNode> it = fields.elements(); it.hasNext(); ) {
            JsonNode value = it.next();
            if (value.isObject() && value.path(REQUEST_TYPE).isObject()) {
                return value(value);
            }
        }
        return null;
    }

    private static String value(JsonNode node) {
        if (node != null && node.isArray()) {
            return node.isEmpty() ? null : value(node.get(0));
        }
        if (node != null && node.path(REQUEST_TYPE).isObject()) {
            return JiraIssueMapper.named(node.get(REQUEST_TYPE), "name");
        }
        return JiraIssueMapper.named(node, "name", "value");
    }
}
