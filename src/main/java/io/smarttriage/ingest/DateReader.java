package io.smarttriage.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses export dates: the configured patterns first, then the ISO-8601 forms, in a given zone.
 *
 * <p>Month and AM/PM names are English and case-insensitive, as in Jira's display format. A value
 * with its own offset keeps it; a value without one is read in the configured zone.
 */
final class DateReader {
    private static final List<String> ISO_PATTERNS =
            List.of(
                    "yyyy-MM-dd'T'HH:mm[:ss][.SSS][XXX][XX][X]",
                    "yyyy-MM-dd HH:mm[:ss][.SSS][XXX][XX][X]",
                    "yyyy-MM-dd");

    private final List<DateTimeFormatter> formatters = new ArrayList<>();
    private final String description;
    private final ZoneId zone;

    /**
     * Creates a reader for the given patterns (tried in order) followed by the ISO forms.
     *
     * @throws IllegalArgumentException when a pattern is not a valid date-time pattern
     */
    DateReader(List<String> patterns, ZoneId zone) {
        this.zone = zone;
        for (String pattern : patterns) {
            formatters.add(formatter(pattern));
        }
        ISO_PATTERNS.forEach(pattern -> formatters.add(formatter(pattern)));
        this.description =
                patterns.isEmpty()
                        ? "ISO-8601 form"
                        : "pattern " + String.join(" or ", patterns) + " (nor ISO-8601)";
    }

    /** Fails with a message naming the pattern when it cannot be compiled; blank is allowed. */
    static void checkPattern(String pattern) {
        if (pattern != null && !pattern.isBlank()) {
            formatter(pattern);
        }
    }

    /**
     * Parses {@code text}, which must not be blank.
     *
     * @throws DateTimeException with a message naming the value and the expected patterns
     */
    Instant parse(String text) {
        String trimmed = text.trim();
        for (DateTimeFormatter formatter : formatters) {
            try {
                return toInstant(formatter.parse(trimmed));
            } catch (DateTimeException e) {
                // next pattern
            }
        }
        throw new DateTimeException("'" + trimmed + "' is not a date in " + description);
    }

    private Instant toInstant(TemporalAccessor parsed) {
        if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(parsed);
        }
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            throw new DateTimeParseException("no date", "", 0);
        }
        LocalTime time = parsed.query(TemporalQueries.localTime());
        ZoneId parsedZone = parsed.query(TemporalQueries.zone());
        return ZonedDateTime.of(
                        date,
                        time == null ? LocalTime.MIDNIGHT : time,
                        parsedZone == null ? zone : parsedZone)
                .toInstant();
    }

    private static DateTimeFormatter formatter(String pattern) {
        try {
            return new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + pattern + "' is not a date pattern: " + e.getMessage(), e);
        }
    }
}
