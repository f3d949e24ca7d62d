package io.smarttriage.text;

/**
 * Windows around each occurrence of a literal anchor that every match contains exactly once: from
 * at most {@code before} characters ahead of the anchor to the end of the run of {@code after}
 * characters that follows it. Valid when no character a match may hold before its anchor can begin
 * the anchor, so a match's anchor is the first one after its start, and when every character of a
 * match after the anchor is in {@code after}.
 */
record AnchorScope(String anchor, int before, AsciiSet after, boolean afterNonWhitespace)
        implements MatchScope {

    /** Windows around {@code anchor} that reach to the end of the following {@code after} run. */
    static AnchorScope around(String anchor, int before, AsciiSet after) {
        return new AnchorScope(anchor, before, after, false);
    }

    /** Windows around {@code anchor} that reach to the next whitespace ({@code \s}). */
    static AnchorScope toWhitespace(String anchor, int before) {
        return new AnchorScope(anchor, before, null, true);
    }

    @Override
    public Window next(String text, int from, int cursor) {
        int at = text.indexOf(anchor, Math.max(from, cursor));
        if (at < 0) {
            return null;
        }
        int end = at + anchor.length();
        while (end < text.length() && reaches(text.charAt(end))) {
            end++;
        }
        return new Window(Math.max(from, at - before), end, at + 1);
    }

    private boolean reaches(char c) {
        if (afterNonWhitespace) {
            return !(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
        }
        return after.contains(c);
    }
}
