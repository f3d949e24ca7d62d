package io.smarttriage.standalone;

import java.util.Locale;

/** Number formats for the report template. */
public final class ReportNumbers {

    /** Formats a score or share with three decimals, or a dash when absent. */
    public String score(Object value) {
        return value instanceof Number number
                ? String.format(Locale.ROOT, "%.3f", number.doubleValue())
                : "-";
    }

    /** Formats a threshold with two decimals. */
    public String threshold(Object value) {
        return value instanceof Number number
                ? String.format(Locale.ROOT, "%.2f", number.doubleValue())
                : "-";
    }

    /** Formats a count with thousands separators. */
    public String count(Object value) {
        return value instanceof Number number
                ? String.format(Locale.ROOT, "%,d", number.longValue())
                : "-";
    }
}
