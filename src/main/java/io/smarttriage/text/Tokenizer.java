package io.smarttriage.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits cleaned, redacted text into lower-case word tokens. */
public final class Tokenizer {

    /** Returns the word tokens of {@code text}: runs of letters or digits, lower-cased. */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                current.append(c);
            } else {
                flush(current, tokens);
            }
        }
        flush(current, tokens);
        return tokens;
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (current.length() > 0) {
            tokens.add(current.toString().toLowerCase(Locale.ROOT));
            current.setLength(0);
        }
    }
}
