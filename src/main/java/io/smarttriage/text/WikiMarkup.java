package io.smarttriage.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes Jira wiki markup and keeps the words it decorates: macros ({@code {code}}, {@code
 * {noformat}}, {@code {quote}}, {@code {panel}}, {@code {color}}), headings, block quotes, text
 * effects, links (their text is kept, their address dropped), images, tables, bullets, rules and
 * forced line breaks. Block macros become line breaks so that the lines inside stay lines.
 *
 * <p>Every pattern has bounded repetition, so the work is linear in the input length.
 */
final class WikiMarkup {

    private static final List<Replacement> STEPS = List.of(
            new Replacement("\\{(?:code|noformat|quote|panel|tip|info|note|warning)"
                    + "(?::[^}\\n]{0,300})?\\}", "\n"),
            new Replacement("\\{(?:color|anchor)(?::[^}\\n]{0,100})?\\}", " "),
            new Replacement("(?m)^[ \\t]*(?:h[1-6]|bq)\\.[ \\t]*", ""),
            new Replacement("(?m)^[ \\t]*-{4,}[ \\t]*$", ""),
            new Replacement("(?m)^[ \\t]*[*#]+[ \\t]+", ""),
            new Replacement("(?m)^[ \\t]*-[ \\t]+", ""),
            new Replacement("\\\\\\\\", "\n"),
            new Replacement("!(?:[^!\\s|]{1,300}\\.(?i:png|jpe?g|gif|bmp|svg|webp)"
                    + "|https?://[^!\\s|]{1,500})(?:\\|[^!\\n]{0,300})?!", " "),
            new Replacement("\\[([^\\[\\]|\\n]{0,500})\\|[^\\[\\]\\n]{1,1000}\\]", " $1 "),
            new Replacement("\\[(?:\\^|#|(?:https?|ftp|file|mailto):)([^\\[\\]\\n]{1,1000})\\]",
                    " $1 "),
            new Replacement("\\{\\{([^\\n]{0,1000}?)\\}\\}", "$1"),
            effect("\\*"),
            effect("_"),
            effect("\\+"),
            effect("\\?\\?"),
            effect("\\^"),
            new Replacement("(?<![\\w-])-(?=[^\\s\\d-])([^-\\n]{1,500}?)(?<=\\S)-(?![\\w-])", "$1"),
            new Replacement("\\|+", " "));

    private WikiMarkup() {
    }

    /** Returns {@code text} without Jira wiki markup. */
    static String strip(String text) {
        String result = text;
        for (Replacement step : STEPS) {
            result = step.apply(result);
        }
        return result;
    }

    /** A text effect such as {@code *bold*}: the marker on both sides of a non-blank span. */
    private static Replacement effect(String marker) {
        return new Replacement("(?<![\\w*_+?^])" + marker + "(?=\\S)([^\\n]{1,500}?)(?<=\\S)"
                + marker + "(?![\\w*_+?^])", "$1");
    }

    /** One pattern and what its matches become. */
    private record Replacement(Pattern pattern, String replacement) {

        Replacement(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }
}
