package io.smarttriage.text;

import java.util.Locale;

/**
 * Cheap facts about a text, gathered in one pass, that tell a {@link RedactionRule} whether its
 * pattern can match at all. Running a regular expression over every character costs far more than
 * this scan, and most texts contain no value of most kinds.
 */
final class TextProbe {

    private final String text;
    private String lower;
    private int longestDigitRun;
    private int mostDotsInNumber;
    private boolean longMixedRun;
    private boolean ibanStart;
    private int mostColonsInHexRun;

    TextProbe(String text) {
        this.text = text;
        scan();
    }

    /** Returns whether the text contains {@code part}. */
    boolean has(String part) {
        return text.contains(part);
    }

    /** Returns whether the lower-cased text contains any of {@code parts} (lower case). */
    boolean hasAnyIgnoreCase(String... parts) {
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
        }
        for (String part : parts) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the most digits in one run where up to two separators {@code " .-/()"} may sit. */
    int longestDigitRun() {
        return longestDigitRun;
    }

    /** Returns the most dots in one run of digits and dots. */
    int mostDotsInNumber() {
        return mostDotsInNumber;
    }

    /** Returns whether a run of 16+ ASCII letters and digits holds both. */
    boolean hasLongMixedRun() {
        return longMixedRun;
    }

    /** Returns the most colons in one run of hexadecimal digits and colons. */
    int mostColonsInHexRun() {
        return mostColonsInHexRun;
    }

    /** Returns whether two capital letters are followed by two digits somewhere. */
    boolean hasIbanStart() {
        return ibanStart;
    }

    private void scan() {
        int digits = 0;
        int dots = 0;
        int gap = 0;
        int colons = 0;
        int alnumRun = 0;
        boolean runDigit = false;
        boolean runLetter = false;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            gap = digit ? 0 : gap + 1;
            digits = digit ? digits + 1 : isSeparator(c) && gap <= 2 ? digits : 0;
            longestDigitRun = Math.max(longestDigitRun, digits);
            dots = digit ? dots : c == '.' && isDigit(previous) ? dots + 1 : 0;
            mostDotsInNumber = Math.max(mostDotsInNumber, dots);
            colons = c == ':' ? colons + 1 : Character.digit(c, 16) >= 0 ? colons : 0;
            mostColonsInHexRun = Math.max(mostColonsInHexRun, colons);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            alnumRun = letter || digit ? alnumRun + 1 : 0;
            runDigit = alnumRun > 0 && (runDigit || digit);
            runLetter = alnumRun > 0 && (runLetter || letter);
            longMixedRun |= alnumRun >= 16 && runDigit && runLetter;
            ibanStart |=
                    digit
                            && i >= 3
                            && isDigit(text.charAt(i - 1))
                            && isUpper(text.charAt(i - 2))
                            && isUpper(text.charAt(i - 3));
            previous = c;
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
