package io.smarttriage.ao;

import java.time.Instant;
import java.util.Date;

/** Conversions between domain values and Active Objects column values. */
final class Columns {
    /** Longest text a default string column holds on every supported database. */
    static final int MAX_TEXT = 255;

    private Columns() {}

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** Returns the text unchanged, or fails naming the column when it is too long. */
    static String text(String column, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(
                    "column "
                            + column
                            + " holds at most "
                            + MAX_TEXT
                            + " characters, got "
                            + value.length());
        }
        return value;
    }

    /**
     * Returns the note cut to fit its column, ending in "\u2026" when cut and never between the two
     * halves of a character outside the Basic Multilingual Plane; notes are diagnostics and may be
     * shortened.
     */
    static String note(String value) {
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        int keep = MAX_TEXT - 1;
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--;
        }
        return value.substring(0, keep) + "\u2026";
    }
}
