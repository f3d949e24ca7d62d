package io.smarttriage.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The distinct signature tokens found in one text, in order of first appearance, capped at {@link
 * #MAX} so that a pasted log of any size adds at most a handful of features.
 */
final class Signatures {

    /** Most distinct signature tokens kept per text. */
    static final int MAX = 48;

    private final Set<String> tokens = new LinkedHashSet<>();

    /** Adds {@code prefix_name}, with the name lower-cased and reduced to letters and digits. */
    void add(String prefix, String name) {
        String cleaned =
                name.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "_")
                        .replaceAll("^_+|_+$", "");
        if (!cleaned.isEmpty() && tokens.size() < MAX) {
            tokens.add(prefix + "_" + cleaned);
        }
    }

    /** Adds the exception token for a simple or qualified exception class name. */
    void addException(String className) {
        add("exc", simpleName(className));
    }

    /** Returns the tokens collected so far. */
    List<String> toList() {
        return List.copyOf(tokens);
    }

    /** Returns the part of a dotted name after the last dot. */
    static String simpleName(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }
}
