package io.smarttriage.forecast;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dates treated as public holidays: left out when fitting weekly seasonality and forecast with a
 * holiday factor learned from past holidays.
 *
 * @param dates holiday dates
 */
public record HolidayCalendar(Set<LocalDate> dates) {

    /** Copies the dates. */
    public HolidayCalendar {
        dates = Set.copyOf(dates);
    }

    /** Returns a calendar without holidays. */
    public static HolidayCalendar none() {
        return new HolidayCalendar(Set.of());
    }

    /** Returns a calendar with {@code days} in every year from {@code from} to {@code to}. */
    public static HolidayCalendar yearly(Collection<MonthDay> days, int from, int to) {
        Set<LocalDate> dates = new TreeSet<>();
        for (int year = from; year <= to; year++) {
            for (MonthDay day : days) {
                if (day.isValidYear(year)) {
                    dates.add(day.atYear(year));
                }
            }
        }
        return new HolidayCalendar(dates);
    }

    /** Returns whether {@code date} is a holiday. */
    public boolean contains(LocalDate date) {
        return dates.contains(date);
    }

    /** Returns one flag per day of a series starting at {@code start}: true on holidays. */
    public boolean[] flags(LocalDate start, int days) {
        boolean[] flags = new boolean[days];
        for (int i = 0; i < days; i++) {
            flags[i] = contains(start.plusDays(i));
        }
        return flags;
    }
}
