package io.smarttriage.text;

/** A set of ASCII characters written like a regex character class body, e.g. {@code 0-9 .-}. */
final class AsciiSet {

    private final boolean[] members = new boolean[128];

    private AsciiSet(String spec) {
        for (int i = 0; i < spec.length(); i++) {
            char first = spec.charAt(i);
            boolean range = i + 2 < spec.length() && spec.charAt(i + 1) == '-';
            char last = range ? spec.charAt(i + 2) : first;
            for (char c = first; c <= last; c++) {
                members[c] = true;
            }
            i += range ? 2 : 0;
        }
    }

    /**
     * Returns the set of {@code spec}: characters and ranges {@code a-z}; an end {@code -} is
     * literal.
     */
    static AsciiSet of(String spec) {
        return new AsciiSet(spec);
    }

    /** Returns whether {@code c} is in the set. */
    boolean contains(char c) {
        return c < 128 && members[c];
    }
}
