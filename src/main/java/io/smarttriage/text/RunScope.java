package io.smarttriage.text;

/**
 * Windows that are the maximal runs of characters in a set, kept when a cheap count says a match
 * inside could pass the rule's check. Valid when every character of a match is in the set.
 */
record RunScope(AsciiSet members, RunTest keep) implements MatchScope {

    /** Whether a run {@code [start, end)} of {@code text} may hold an accepted match. */
    @FunctionalInterface
    interface RunTest {
        boolean test(String text, int start, int end);
    }

    /** Runs of {@code members} kept when {@code keep} accepts them. */
    static RunScope of(String members, RunTest keep) {
        return new RunScope(AsciiSet.of(members), keep);
    }

    /** A test that a run holds at least {@code min} characters of {@code counted}. */
    static RunTest atLeast(int min, String counted) {
        AsciiSet set = AsciiSet.of(counted);
        return (text, start, end) -> {
            int count = 0;
            for (int i = start; i < end && count < min; i++) {
                count += set.contains(text.charAt(i)) ? 1 : 0;
            }
            return count >= min;
        };
    }

    @Override
    public Windows over(String text) {
        return new Windows() {
            private int cursor;

            @Override
            public Window next(int from) {
                Window run = nextRun(text, Math.max(from, cursor));
                cursor = run == null ? text.length() : run.end();
                return run;
            }
        };
    }

    private Window nextRun(String text, int from) {
        int i = from;
        while (i < text.length()) {
            while (i < text.length() && !members.contains(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && members.contains(text.charAt(i))) {
                i++;
            }
            if (i > start && keep.test(text, start, i)) {
                return new Window(start, i, false);
            }
        }
        return null;
    }
}
