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

    private static final List<Replacement> STEPS =
            List.of(
                    new Replacement(
                            "{",
                            "\\{(?:code|noformat|quote|panel|tip|info|note|warning)"
                                    + "(?::[^}\\n]{0,300})?\\}",
                            "\n"),
                    new Replacement("{", "\\{(?:color|anchor)(?::[^}\\n]{0,100})?\\}", " "),
                    new Replacement(
                            List.of("h1.", "h2.", "h3.", "h4.", "h5.", "h6.", "bq."),
                            "(?m)^[ \\t]*(?:h[1-6]|bq)\\.[ \\t]*",
                            ""),
                    new Replacement("----", "(?m)^[ \\t]*-{4,}[ \\t]*$", ""),
                    new Replacement(
                            List.of("* ", "# ", "- ", "*\t", "#\t", "-\t"),
                            "(?m)^[ \\t]*(?:[*#]+|-)[ \\t]+",
                            ""),
                    new Replacement("\\\\", "\\\\\\\\", "\n"),
                    new Replacement(
                            "!",
                            "!(?:[^!\\s|]{1,300}\\.(?i:png|jpe?g|gif|bmp|svg|webp)"
                                    + "|https?://[^!\\s|]{1,500})(?:\\|[^!\\n]{0,300})?!",
                            " "),
                    new Replacement(
                            "[", "\\[([^\\[\\]|\\n]{0,500})\\|[^\\[\\]\\n]{1,1000}\\]", " $1 "),
                    new Replacement(
                            "[",
                            "\\[(?:[\\^#]|(?=(?:https?|ftp|file|mailto):))"
                                    + "([^\\[\\]\\n]{1,1000})\\]",
                            " $1 "),
                    new Replacement("{{", "\\{\\{([^\\n]{0,1000}?)\\}\\}", "$1"),
                    effect("*", "\\*"),
                    effect("_", "_"),
                    effect("+", "\\+"),
                    effect("??", "\\?\\?"),
                    effect("^", "\\^"),
                    new Replacement(
                            "-",
                            "-(?<![\\w-]-)(?=[^\\s\\d-])([^-\\n]{1,500}?)(?<=\\S)-(?![\\w-])",
                            "$1"),
                    new Replacement("|", "\\|+", " "));

    private WikiMarkup() {}

    /** Returns {@code text} without Jira wiki markup. */
    static String strip(String text) {
        String result = text;
        for (Replacement step : STEPS) {
            result = step.apply(result);
        }
        return result;
    }

    /** A text effect such as {@code *bold*}: the marker on both sides of a non-blank span. */
    private static Replacement effect(String literal, String marker) {
        return new Replacement(
                literal,
                marker
                        + "(?<![\\w*_+?^]"
                        + marker
                        + ")(?=\\S)"
                        + "([^\\n]{1,500}?)(?<=\\S)"
                        + marker
                        + "(?![\\w*_+?^])",
                "$1");
    }

    /**
     * One pattern and what its matches become, skipped when the text contains none of the literals
     * in {@code required}. Patterns start with a literal where they can, which keeps the scan
     * cheap.
     */
    private record Replacement(List<String> required, Pattern pattern, String replacement) {

        Replacement(String required, String regex, String replacement) {
            this(List.of(required), regex, replacement);
        }

        Replacement(List<String> required, String regex, String replacement) {
            this(required, Pattern.compile(regex), replacement);
        }

        String apply(String text) {
            for (String literal : required) {
                if (text.contains(literal)) {
                    return pattern.matcher(text).replaceAll(replacement);
                }
            }
            return text;
        }
    }
}
