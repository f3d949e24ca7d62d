package io.smarttriage.text;

import java.util.List;
import java.util.Map;

/**
 * Request text after redaction, markup stripping and trace reduction.
 *
 * @param prose the remaining human-written text
 * @param signatures distinct signature tokens of traces and logs ({@code exc_...}, {@code
 *     frame_...}, {@code pkg_...}, {@code log_...}, {@code logger_...})
 * @param redactions how many values of each kind were redacted, for audit
 */
public record CleanText(
        String prose, List<String> signatures, Map<RedactionKind, Integer> redactions) {

    /** Copies the signature list and the counts. */
    public CleanText {
        signatures = List.copyOf(signatures);
        redactions = Map.copyOf(redactions);
    }

    /** Returns the prose followed by the signature tokens, separated by single spaces. */
    public String asString() {
        if (signatures.isEmpty()) {
            return prose;
        }
        String tail = String.join(" ", signatures);
        return prose.isEmpty() ? tail : prose + " " + tail;
    }
}
