package io.smarttriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * Plain text of a JSON value: a string as is, an Atlassian Document Format tree as its text with
 * one line per block, any other object or array as its string leaves, one per line.
 */
final class JsonText {
    private JsonText() {}

    /** Returns the text, or {@code null} when the value is absent, null or holds no text. */
    static String of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isValueNode()) {
            return blankToNull(node.asText());
        }
        StringBuilder out = new StringBuilder();
        append(node, out);
        return blankToNull(out.toString().strip());
    }

    private static void append(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.textValue());
        } else if (node.has("type") && node.path("type").isTextual()) {
            appendDocumentNode(node, out);
        } else if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                append(it.next(), out);
                endLine(out);
            }
        }
    }

    private static void appendDocumentNode(JsonNode node, StringBuilder out) {
        String type = node.path("type").textValue();
        if ("text".equals(type)) {
            out.append(node.path("text").asText(""));
        } else if ("hardBreak".equals(type)) {
            out.append('\n');
        }
        JsonNode content = node.path("content");
        if (content.isArray()) {
            content.forEach(child -> append(child, out));
            endLine(out);
        }
    }

    private static void endLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
