package io.smarttriage.text;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Redacted text and how many values of each kind were replaced, for audit.
 *
 * @param text the text with every found value replaced by its kind's placeholder
 * @param counts number of replaced values per kind; kinds not found are absent
 */
public record Redaction(String text, Map<RedactionKind, Integer> counts) {

    /** Copies the counts into an unmodifiable map. */
    public Redaction {
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** Returns how many values of {@code kind} were replaced. */
    public int count(RedactionKind kind) {
        return counts.getOrDefault(kind, 0);
    }
}
