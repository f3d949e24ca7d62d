package io.smarttriage.ao;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a decision's explanation in the note column as JSON, such as {@code
 * {"why":[{"k":"routing.unassigned","i":[{"k":"routing.no-pool"}]}]}}: {@code k} is the message key
 * without its {@value #PREFIX} prefix ({@code K} a key with another prefix), {@code a} the
 * arguments and {@code i} the items. An explanation that is plain text is stored as that text, and
 * a stored text that is not such JSON (notes written before explanations had keys) is read back as
 * plain text. When the JSON does not fit the column, phrases are left out from the end.
 */
final class NoteColumn {
    /** Prefix of the explanation keys, left out of the stored form. */
    static final String PREFIX = "smarttriage" + ".why.";

    private static final String START = "{\"why\":";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NoteColumn() {}

    /** Returns the column value of {@code note}, at most {@link Columns#MAX_TEXT} characters. */
    static String encode(Explanation note) {
        if (note.isEmpty()) {
            return "";
        }
        List<Phrase> phrases = note.phrases();
        if (phrases.size() == 1 && isText(phrases.get(0))) {
            return Columns.note(phrases.get(0).args().get(0));
        }
        for (int n = phrases.size(); n > 0; n--) {
            String json = json(phrases.subList(0, n));
            if (json.length() <= Columns.MAX_TEXT) {
                return json;
            }
        }
        Phrase first = phrases.get(0);
        return Columns.note(json(List.of(new Phrase(first.key(), List.of(), List.of()))));
    }

    /** Returns the explanation stored as {@code value}; plain text comes back as plain text. */
    static Explanation decode(String value) {
        if (value == null || value.isBlank()) {
            return Explanation.NONE;
        }
        if (!value.startsWith(START)) {
            return Explanation.text(value);
        }
        try {
            JsonNode why = JSON.readTree(value).get("why");
            if (why == null || !why.isArray()) {
                return Explanation.text(value);
            }
            return new Explanation(phrases(why));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Explanation.text(value);
        }
    }

    private static boolean isText(Phrase p) {
        return p.key().equals(Explanation.TEXT_KEY)
                && p.args().size() == 1
                && p.items().isEmpty()
                && !p.args().get(0).startsWith(START);
    }

    private static String json(List<Phrase> phrases) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("why");
        phrases.forEach(p -> list.add(node(p)));
        return root.toString();
    }

    private static ObjectNode node(Phrase p) {
        ObjectNode node = JSON.createObjectNode();
        if (p.key().startsWith(PREFIX)) {
            node.put("k", p.key().substring(PREFIX.length()));
        } else {
            node.put("K", p.key());
        }
        if (!p.args().isEmpty()) {
            ArrayNode args = node.putArray("a");
            p.args().forEach(args::add);
        }
        if (!p.items().isEmpty()) {
            ArrayNode items = node.putArray("i");
            p.items().forEach(i -> items.add(node(i)));
        }
        return node;
    }

    private static List<Phrase> phrases(JsonNode array) {
        List<Phrase> phrases = new ArrayList<>();
        for (JsonNode node : array) {
            phrases.add(phrase(node));
        }
        return phrases;
    }

    private static Phrase phrase(JsonNode node) {
        String key =
                node.hasNonNull("k") ? PREFIX + node.get("k").asText() : node.path("K").asText();
        List<String> args = new ArrayList<>();
        node.path("a").forEach(a -> args.add(a.asText()));
        List<Phrase> items = node.has("i") ? phrases(node.get("i")) : List.of();
        return new Phrase(key, args, items);
    }
}
