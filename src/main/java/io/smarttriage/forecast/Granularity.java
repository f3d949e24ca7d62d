package io.smarttriage.forecast;

import java.util.Locale;

/** The time step of a forecast view. */
public enum Granularity {
    /** One point per day. */
    DAY,
    /** One point per hour, for the first days of the horizon. */
    HOUR;

    /** Longest horizon, in days, of an hourly view: one week (168 points). */
    public static final int MAX_HOURLY_DAYS = 7;

    /** Parses {@code day} or {@code hour}, ignoring case. */
    public static Granularity parse(String text) {
        for (Granularity value : values()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException(
                "granularity must be 'day' or 'hour', was '" + text + "'");
    }

    /** Returns the lower-case name used in URLs and JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
