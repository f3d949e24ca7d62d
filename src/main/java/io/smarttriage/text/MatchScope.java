package io.smarttriage.text;

/**
 * Where in a text the matches of a {@link RedactionRule} can lie, so that its pattern scans only
 * those windows instead of every character. A scope must never hide a match: every match of the
 * pattern on the whole text, from the end of the previous one, either starts in a window and ends
 * inside it, or would be rejected by the rule's check anyway. The pattern runs with transparent
 * bounds, so look-arounds and word boundaries still see the text around a window.
 */
interface MatchScope {

    /** The whole text as one window. */
    MatchScope WHOLE =
            (text, from, cursor) -> cursor > 0 ? null : new Window(from, text.length(), 1);

    /**
     * Returns the next window, or {@code null} when there is none.
     *
     * @param from where the previous match ended (0 at first); no window starts before it
     * @param cursor where to look for the next window: the previous window's {@link Window#next}
     */
    Window next(String text, int from, int cursor);

    /** A region {@code [start, end)} to scan, and where to look for the window after it. */
    record Window(int start, int end, int next) {}
}
