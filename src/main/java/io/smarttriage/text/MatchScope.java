package io.smarttriage.text;

/**
 * Where in a text the matches of a {@link RedactionRule} can lie, so that its pattern scans only
 * there instead of trying every character. A scope must never hide a match: every match of the
 * pattern on the whole text, searched from the end of the previous one, either lies inside a window
 * or would be rejected by the rule's check anyway. The pattern runs with transparent bounds, so
 * look-arounds and word boundaries still see the text around a window.
 */
interface MatchScope {

    /** The whole text as one window. */
    MatchScope WHOLE =
            text ->
                    new Windows() {
                        private boolean done;

                        @Override
                        public Window next(int from) {
                            Window window = done ? null : new Window(from, text.length(), false);
                            done = true;
                            return window;
                        }
                    };

    /** Returns the windows of {@code text}, one after the other. */
    Windows over(String text);

    /** The windows of one text; not thread-safe. */
    interface Windows {

        /**
         * Returns the next window, or {@code null} when there is none.
         *
         * @param from where the previous match ended (0 at first); no window starts before it
         */
        Window next(int from);
    }

    /**
     * A region {@code [start, end)} to search; when {@code anchored}, only a match that starts at
     * {@code start} is looked for.
     */
    record Window(int start, int end, boolean anchored) {}
}
