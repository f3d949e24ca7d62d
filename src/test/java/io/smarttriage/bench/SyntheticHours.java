package io.smarttriage.bench;

import io.smarttriage.routing.Absence;
import io.smarttriage.routing.AgentAvailability;
import io.smarttriage.routing.TimeWindow;
import io.smarttriage.routing.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random working weeks for benchmark desks: 8-hour weekdays in four zones, some absences. */
final class SyntheticHours {
    private static final List<ZoneId> ZONES =
            List.of(
                    ZoneId.of("UTC"),
                    ZoneId.of("Europe/Berlin"),
                    ZoneId.of("America/New_York"),
                    ZoneId.of("Asia/Kolkata"));

    private SyntheticHours() {}

    static AgentAvailability of(Random random, Instant now) {
        int start = 6 + random.nextInt(6);
        Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                week.put(
                        day,
                        List.of(
                                new TimeWindow(
                                        LocalTime.of(start, 0), LocalTime.of(start + 8, 0))));
            }
        }
        List<Absence> absences =
                random.nextInt(10) == 0
                        ? List.of(new Absence(now, now.plus(Duration.ofDays(3)), null))
                        : List.of();
        return new AgentAvailability(
                new WeeklySchedule(ZONES.get(random.nextInt(ZONES.size())), week), absences, false);
    }
}
