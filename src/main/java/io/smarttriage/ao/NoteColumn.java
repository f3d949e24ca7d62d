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
 * plain text. When the JSON does not fit the column, phrases are left out from the end; when the
 * first phrase alone does not fit, its last items are left out (an item "\u2026" stands for them)
 * and then its longest arguments are cut, ending in "\u2026", so that what is stored is always
 * valid JSON of whole phrases with all their arguments.
 */
final class NoteColumn {
    /** Prefix of the explanation keys, left out of the stored form. */
    static final String PREFIX = "smarttriage" + ".why.";

    private static final String START = "{\"why\":";

    /** Marks text left out of an argument that did not fit. */
    static final String MORE = "\u2026";

    /** The item that stands for the items left out of a phrase that did not fit. */
    static final Phrase ELLIPSIS = Phrase.of(Explanation.TEXT_KEY, MORE);

    /** Arguments this short are never cut. */
    private static final int SHORTEST_CUT_ARGUMENT = 16;

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
        List<Phrase> kept = new ArrayList<>(phrases);
        String json = json(kept);
        while (json.length() > Columns.MAX_TEXT) {
            if (kept.size() > 1) {
                kept.remove(kept.size() - 1);
            } else {
                Phrase shorter = shorter(kept.get(0));
                if (shorter == null) {
                    return "";
                }
                kept.set(0, shorter);
            }
            json = json(kept);
        }
        return json;
    }

    /**
     * Returns {@code p} a little shorter but still whole, or {@code null} when it cannot be: the
     * last item shortened, else the last item left out (an {@link #ELLIPSIS} item standing for
     * those left out, at least one item kept so that the phrase keeps its argument), else its
     * longest argument cut and ended with {@value #MORE}.
     */
    private static Phrase shorter(Phrase p) {
        List<Phrase> items = new ArrayList<>(p.items());
        boolean cut = !items.isEmpty() && items.get(items.size() - 1).equals(ELLIPSIS);
        if (cut) {
            items.remove(items.size() - 1);
        }
        if (!items.isEmpty()) {
            Phrase last = shorter(items.get(items.size() - 1));
            if (last != null) {
                items.set(items.size() - 1, last);
                return withItems(p, items, cut);
            }
            if (items.size() > 1) {
                items.remove(items.size() - 1);
                return withItems(p, items, true);
            }
        }
        int longest = -1;
        for (int i = 0; i < p.args().size(); i++) {
            if (longest < 0 || p.args().get(i).length() > p.args().get(longest).length()) {
                longest = i;
            }
        }
        if (longest < 0 || p.args().get(longest).length() <= SHORTEST_CUT_ARGUMENT) {
            return null;
        }
        String arg = p.args().get(longest);
        int keep = Math.max(SHORTEST_CUT_ARGUMENT - MORE.length(), arg.length() / 2);
        if (Character.isHighSurrogate(arg.charAt(keep - 1))) {
            keep--;
        }
        List<String> args = new ArrayList<>(p.args());
        args.set(longest, arg.substring(0, keep) + MORE);
        return new Phrase(p.key(), args, p.items());
    }

    private static Phrase withItems(Phrase p, List<Phrase> items, boolean cut) {
        List<Phrase> all = new ArrayList<>(items);
        if (cut) {
            all.add(ELLIPSIS);
        }
        return new Phrase(p.key(), p.args(), all);
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
