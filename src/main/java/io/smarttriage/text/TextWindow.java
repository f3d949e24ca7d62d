package io.smarttriage.text;

/** Cuts long text to a leading window without splitting a value in two. */
final class TextWindow {

    /** How far back from the limit a line break is preferred to any other whitespace. */
    private static final int LINE_BREAK_REACH = 4096;

    private TextWindow() {}

    /**
     * Returns {@code text} if it has at most {@code limit} characters, otherwise its longest prefix
     * of at most {@code limit} characters that ends at a line break within the last {@value
     * #LINE_BREAK_REACH} characters, else at any whitespace, else nothing: so an e-mail address or
     * token at the edge is dropped whole rather than cut into a part that no longer looks like one.
     */
    static String head(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int lineBreak = text.lastIndexOf('\n', limit);
        if (lineBreak >= 0 && lineBreak >= limit - LINE_BREAK_REACH) {
            return text.substring(0, lineBreak);
        }
        for (int i = limit; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return "";
    }
}
