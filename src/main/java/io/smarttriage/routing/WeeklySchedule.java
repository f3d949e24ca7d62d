package io.smarttriage.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Working hours per day of the week in the agent's time zone.
 *
 * @param zone the agent's time zone
 * @param days working windows per day; a missing day is a day off
 */
public record WeeklySchedule(ZoneId zone, Map<DayOfWeek, List<TimeWindow>> days) {

    /** Checks the zone and copies the days. */
    public WeeklySchedule {
        if (zone == null) {
            throw new IllegalArgumentException("weekly schedule: time zone must be given");
        }
        EnumMap<DayOfWeek, List<TimeWindow>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, windows) -> copy.put(day, List.copyOf(windows)));
        days = Map.copyOf(copy);
    }

    private static final WeeklySchedule ALWAYS = aroundTheClock();

    /** Returns a schedule that works around the clock, every day, in UTC. */
    public static WeeklySchedule always() {
        return ALWAYS;
    }

    private static WeeklySchedule aroundTheClock() {
        Map<DayOfWeek, List<TimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.of(new TimeWindow(LocalTime.MIN, LocalTime.MAX)));
        }
        return new WeeklySchedule(ZoneOffset.UTC, days);
    }

    /** Returns whether the agent works at this instant. */
    public boolean isWorking(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        List<TimeWindow> windows = days.getOrDefault(local.getDayOfWeek(), List.of());
        for (TimeWindow window : windows) {
            if (window.contains(local.toLocalTime())) {
                return true;
            }
        }
        return false;
    }
}
