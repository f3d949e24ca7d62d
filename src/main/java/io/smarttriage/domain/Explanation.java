package io.smarttriage.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why the app decided something, as phrases of the i18n bundle rather than text: each phrase is a
 * message key with its arguments, rendered in the reader's language by an adapter. Phrases are
 * shown in order, separated by {@value #PHRASE_SEPARATOR}.
 *
 * @param phrases the phrases, in order
 */
public record Explanation(List<Phrase> phrases) {
    /** The explanation that says nothing. */
    public static final Explanation NONE = new Explanation(List.of());

    /** Key of a phrase that shows its one argument as it is (for notes stored as plain text). */
    public static final String TEXT_KEY = "smarttriage.why.text";

    /** Text between two phrases. */
    public static final String PHRASE_SEPARATOR = "; ";

    /** Text between two items of a phrase. */
    public static final String ITEM_SEPARATOR = ", ";

    /** Copies the phrases. */
    public Explanation {
        phrases = List.copyOf(phrases);
    }

    /** Returns an explanation of one phrase. */
    public static Explanation of(String key, String... args) {
        return new Explanation(List.of(Phrase.of(key, args)));
    }

    /** Returns an explanation of the given phrases. */
    public static Explanation of(Phrase... phrases) {
        return new Explanation(Arrays.asList(phrases));
    }

    /** Returns an explanation that shows {@code text} as it is; empty for a blank text. */
    public static Explanation text(String text) {
        return text == null || text.isBlank() ? NONE : of(TEXT_KEY, text);
    }

    /** Returns this explanation followed by {@code more}. */
    public Explanation and(Phrase... more) {
        List<Phrase> all = new ArrayList<>(phrases);
        all.addAll(Arrays.asList(more));
        return new Explanation(all);
    }

    /** Returns whether there is nothing to say. */
    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Returns every message key, items after their phrase, for programs that read the reason. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        phrases.forEach(p -> p.collectKeys(keys));
        return keys;
    }

    /** Returns the text of all phrases, each looked up through {@code texts}. */
    public String render(Texts texts) {
        return phrases.stream()
                .map(p -> p.render(texts))
                .collect(Collectors.joining(PHRASE_SEPARATOR));
    }

    /** Looks up the text of one message key and fills its {0}, {1}, ... placeholders. */
    @FunctionalInterface
    public interface Texts {
        /** Returns the text of {@code key} with {@code args} filled in. */
        String text(String key, List<String> args);
    }

    /**
     * One phrase: a message key with its arguments and, optionally, items that are rendered, joined
     * with {@value Explanation#ITEM_SEPARATOR} and passed as the argument after {@code args}.
     *
     * @param key the message key in the i18n bundle
     * @param args the arguments, already formatted as text
     * @param items nested phrases, e.g. the counts of a list of exclusions
     */
    public record Phrase(String key, List<String> args, List<Phrase> items) {

        /** Checks the key and copies the lists. */
        public Phrase {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(
                        "a phrase needs a message key, got '" + key + "'");
            }
            args = args.stream().map(a -> Objects.requireNonNull(a, "argument of " + key)).toList();
            items = List.copyOf(items);
        }

        /** Returns a phrase without items. */
        public static Phrase of(String key, String... args) {
            return new Phrase(key, Arrays.asList(args), List.of());
        }

        /** Returns this phrase with {@code more} items. */
        public Phrase with(List<Phrase> more) {
            List<Phrase> all = new ArrayList<>(items);
            all.addAll(more);
            return new Phrase(key, args, all);
        }

        /** Returns this phrase's text, looked up through {@code texts}. */
        public String render(Texts texts) {
            List<String> all = new ArrayList<>(args);
            if (!items.isEmpty()) {
                all.add(
                        items.stream()
                                .map(i -> i.render(texts))
                                .collect(Collectors.joining(ITEM_SEPARATOR)));
            }
            return texts.text(key, all);
        }

        private void collectKeys(List<String> keys) {
            keys.add(key);
            items.forEach(i -> i.collectKeys(keys));
        }
    }
}
