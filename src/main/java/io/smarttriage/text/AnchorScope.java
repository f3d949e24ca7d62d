package io.smarttriage.text;

/**
 * Windows around each occurrence of a literal anchor that every match contains: from at most {@code
 * before} characters ahead of the anchor to the end of the run of {@code after} characters that
 * follows it. Valid when a match's characters before its anchor cannot begin the anchor (so its
 * anchor is the first one after its start) and all its characters after the anchor are in {@code
 * after}.
 */
record AnchorScope(String anchor, int before, AsciiSet after, boolean untilWhitespace)
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
    public Windows over(String text) {
        return new Windows() {
            private int cursor;

            @Override
            public Window next(int from) {
                int at = text.indexOf(anchor, Math.max(from, cursor));
                if (at < 0) {
                    return null;
                }
                int end = at + anchor.length();
                while (end < text.length() && reaches(text.charAt(end))) {
                    end++;
                }
                cursor = at + 1;
                return new Window(Math.max(from, at - before), end, false);
            }
        };
    }

    private boolean reaches(char c) {
        if (untilWhitespace) {
            return !(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
        }
        return after.contains(c);
    }
}
