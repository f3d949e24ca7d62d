package io.smarttriage.text;

import java.util.Arrays;
import java.util.List;

/**
 * Anchored windows at each occurrence of one of a few literals with which every match begins, such
 * as the key words of a pattern like {@code (?i)\b(?:tel|phone)...}: the pattern is tried at those
 * positions only. Valid when every match starts with one of the literals (ignoring ASCII case when
 * {@code ignoreCase}, as {@code (?i)} does without {@code UNICODE_CASE}).
 */
record StartScope(List<String> literals, boolean ignoreCase) implements MatchScope {

    /** Marks a literal not looked for yet; below every position. */
    private static final int UNKNOWN = -2;

    /** Starts at the literals, case as given. */
    static StartScope at(String... literals) {
        return new StartScope(List.of(literals), false);
    }

    /** Starts at the literals (lower case) in any ASCII case. */
    static StartScope atIgnoringCase(String... literals) {
        return new StartScope(List.of(literals), true);
    }

    @Override
    public Windows over(String text) {
        String searched = ignoreCase ? asciiLowerCase(text) : text;
        int[] next = new int[literals.size()];
        Arrays.fill(next, UNKNOWN);
        return new Windows() {
            private int cursor;

            @Override
            public Window next(int from) {
                int start = Math.max(from, cursor);
                int first = Integer.MAX_VALUE;
                for (int k = 0; k < next.length; k++) {
                    if (next[k] != -1 && next[k] < start) {
                        next[k] = searched.indexOf(literals.get(k), start);
                    }
                    first = next[k] >= 0 ? Math.min(first, next[k]) : first;
                }
                if (first == Integer.MAX_VALUE) {
                    return null;
                }
                cursor = first + 1;
                return new Window(first, text.length(), true);
            }
        };
    }

    /** Lower-cases A-Z only, so that every index stays where it was. */
    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(chars);
    }
}
