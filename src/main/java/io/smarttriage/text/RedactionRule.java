package io.smarttriage.text;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of finding values of a {@link RedactionKind}: a cheap gate that says whether the text can
 * hold such a value at all, a pattern for candidates, the capture group that holds the value (0 for
 * the whole match), a check that rejects look-alikes and the {@link MatchScope} where candidates
 * can lie.
 */
record RedactionRule(
        RedactionKind kind,
        Predicate<TextProbe> gate,
        Pattern pattern,
        int group,
        Predicate<String> check,
        MatchScope scope) {

    /** A rule that replaces the whole match of {@code regex} when {@code check} accepts it. */
    static RedactionRule of(
            RedactionKind kind, Predicate<TextProbe> gate, String regex, Predicate<String> check) {
        return new RedactionRule(kind, gate, Pattern.compile(regex), 0, check, MatchScope.WHOLE);
    }

    /** A rule that replaces the whole match of {@code regex}. */
    static RedactionRule of(RedactionKind kind, Predicate<TextProbe> gate, String regex) {
        return of(kind, gate, regex, value -> true);
    }

    /** A rule that replaces only capture group 1 of {@code regex}, keeping its context. */
    static RedactionRule valueIn(
            RedactionKind kind, Predicate<TextProbe> gate, String regex, Predicate<String> check) {
        return new RedactionRule(kind, gate, Pattern.compile(regex), 1, check, MatchScope.WHOLE);
    }

    /** Returns this rule with its pattern run only inside the windows of {@code windows}. */
    RedactionRule within(MatchScope windows) {
        return new RedactionRule(kind, gate, pattern, group, check, windows);
    }

    /**
     * Replaces every accepted value in {@code text} by the kind's placeholder.
     *
     * @param counts per-kind counters indexed by ordinal, incremented for each replacement
     */
    String apply(String text, int[] counts) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        MatchScope.Windows windows = scope.over(text);
        for (MatchScope.Window w = windows.next(from); w != null; w = windows.next(from)) {
            matcher.region(w.start(), w.end());
            while (w.anchored() ? matcher.lookingAt() : matcher.find()) {
                from = matcher.end();
                int start = matcher.start(group);
                if (start >= 0 && check.test(matcher.group(group))) {
                    out = out == null ? new StringBuilder(text.length()) : out;
                    out.append(text, copied, start).append(kind.placeholder());
                    copied = matcher.end(group);
                    counts[kind.ordinal()]++;
                }
                if (w.anchored()) {
                    break;
                }
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
