package io.smarttriage.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits cleaned, redacted text into lower-case word tokens.
 *
 * <p>A word is a run of letters, digits and underscores, trimmed of underscores at its ends; each
 * CJK ideograph is a word of its own. Words are dropped when they are shorter than {@value
 * #MIN_LENGTH} or longer than {@value #MAX_LENGTH} characters (ids, digests, base64 blobs), when
 * more than half of their characters are digits or they hold {@value #ID_DIGIT_RUN} digits in a row
 * (numbers, hex ids, years, ports, ids such as {@code attempt_000001}), and when they are English
 * stop words. Placeholders such as {@code redactedemail} and signature tokens such as {@code
 * exc_nullpointerexception} pass unchanged.
 */
public final class Tokenizer {

    /** Shortest word kept. */
    public static final int MIN_LENGTH = 2;

    /** Longest word kept. */
    public static final int MAX_LENGTH = 30;

    /** Shortest run of consecutive digits that marks a word as an id or number. */
    public static final int ID_DIGIT_RUN = 4;

    /** Returns the word tokens of {@code text}, in order; empty for {@code null}. */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ideograph = Character.isIdeographic(c);
            if (Character.isLetterOrDigit(c) && !ideograph || c == '_') {
                start = start < 0 ? i : start;
                continue;
            }
            addWord(text, start, i, tokens);
            start = -1;
            if (ideograph) {
                tokens.add(String.valueOf(c));
            }
        }
        addWord(text, start, text.length(), tokens);
        return tokens;
    }

    private static void addWord(String text, int start, int end, List<String> tokens) {
        if (start < 0) {
            return;
        }
        while (start < end && text.charAt(start) == '_') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '_') {
            end--;
        }
        int length = end - start;
        if (length < MIN_LENGTH || length > MAX_LENGTH || digitHeavy(text, start, end)) {
            return;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (!StopWords.contains(word)) {
            tokens.add(word);
        }
    }

    private static boolean digitHeavy(String text, int start, int end) {
        int digits = 0;
        int run = 0;
        for (int i = start; i < end; i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            digits += run > 0 ? 1 : 0;
            if (run >= ID_DIGIT_RUN) {
                return true;
            }
        }
        return digits * 2 > end - start;
    }
}
