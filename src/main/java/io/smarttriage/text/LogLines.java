package io.smarttriage.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises pasted log lines and turns each into a level token and a logger token. */
final class LogLines {

    private static final Pattern TIMESTAMP =
            Pattern.compile(
                    "^\\[?(?:(?:\\d{4}-\\d{2}-\\d{2}|\\d{2,4}/\\d{2}/\\d{2}"
                            + "|\\d{2}-[A-Za-z]{3}-\\d{4}"
                            + "|[A-Z][a-z]{2} +\\d{1,2},? (?:\\d{4} )?)[T ,]*)?"
                            + "\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?");
    private static final Pattern LEVEL =
            Pattern.compile("\\b(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|SEVERE)\\b");
    private static final Pattern LEADING_LEVEL =
            Pattern.compile(
                    "^(?:\\[(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\\]"
                            + "|(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\\s+(?=\\["
                            + "|[a-z]\\w*\\.\\w))");
    private static final Pattern LOGGER =
            Pattern.compile(
                    "^(?:\\s*\\[[^\\]]{0,200}\\])*[\\s:-]*([A-Za-z_$][\\w$]*(?:\\.[\\w$]+){0,30})"
                            + "(?=:|\\s|$)");

    private final Signatures signatures;

    LogLines(Signatures signatures) {
        this.signatures = signatures;
    }

    /** Returns whether {@code trimmed} is a log line, adding its tokens if so. */
    boolean accept(String trimmed) {
        if (trimmed.isEmpty() || !mayStartLogLine(trimmed.charAt(0))) {
            return false;
        }
        Matcher leading = LEADING_LEVEL.matcher(trimmed);
        if (leading.lookingAt()) {
            String level = leading.group(1) != null ? leading.group(1) : leading.group(2);
            addTokens(level, trimmed.substring(leading.end()));
            return true;
        }
        Matcher timestamp = TIMESTAMP.matcher(trimmed);
        if (!timestamp.lookingAt()) {
            return false;
        }
        String rest = trimmed.substring(timestamp.end());
        Matcher level = LEVEL.matcher(rest);
        if (level.find() && level.start() < 120) {
            addTokens(level.group(1), rest.substring(level.end()));
        }
        return true;
    }

    private static boolean mayStartLogLine(char first) {
        return first == '[' || first >= '0' && first <= '9' || first >= 'A' && first <= 'Z';
    }

    private void addTokens(String level, String afterLevel) {
        signatures.add("log", normalLevel(level));
        Matcher logger = LOGGER.matcher(afterLevel);
        if (logger.lookingAt() && isLoggerName(logger.group(1))) {
            signatures.add("logger", Signatures.simpleName(logger.group(1)));
        }
    }

    private static boolean isLoggerName(String name) {
        return name.indexOf('.') > 0 || Character.isUpperCase(name.charAt(0));
    }

    private static String normalLevel(String level) {
        return switch (level) {
            case "WARNING" -> "warn";
            case "SEVERE" -> "error";
            default -> level.toLowerCase(Locale.ROOT);
        };
    }
}
