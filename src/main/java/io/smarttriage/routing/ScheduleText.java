package io.smarttriage.routing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Parses the day ranges and time windows of the availability file. */
final class ScheduleText {
    private ScheduleText() {}

    /** Parses {@code "MON"} or a range such as {@code "MON-FRI"} into days of the week. */
    static Set<DayOfWeek> days(String text, String where) {
        String[] ends = text.split("-", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException(
                    where
                            + ", hours key '"
                            + text
                            + "' is not a day or a day range such as MON-FRI");
        }
        DayOfWeek first = day(ends[0], text, where);
        DayOfWeek last = ends.length == 2 ? day(ends[1], text, where) : first;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day = first; ; day = day.plus(1)) {
            days.add(day);
            if (day == last) {
                return days;
            }
        }
    }

    /** Parses a window such as {@code "09:00-17:30"}; {@code "24:00"} ends at midnight. */
    static TimeWindow window(String text, String where) {
        String[] ends = text.split("-", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException(
                    where + ", window '" + text + "' is not in the form HH:mm-HH:mm");
        }
        return new TimeWindow(time(ends[0], text, where), time(ends[1], text, where));
    }

    private static LocalTime time(String text, String window, String where) {
        if (text.trim().equals("24:00")) {
            return LocalTime.MAX;
        }
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    where
                            + ", window '"
                            + window
                            + "': '"
                            + text
                            + "' is not a time in the form HH:mm",
                    e);
        }
    }

    private static DayOfWeek day(String text, String key, String where) {
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (name.length() >= 3 && day.name().startsWith(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException(
                where
                        + ", hours key '"
                        + key
                        + "': '"
                        + text
                        + "' is not a day such as MON or MONDAY");
    }
}
