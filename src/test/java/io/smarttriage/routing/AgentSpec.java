package io.smarttriage.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A randomly drawn agent for property tests: flags, hours, absence and open work. */
record AgentSpec(
        boolean active,
        boolean licensed,
        int capacity,
        ZoneId zone,
        int startHour,
        int hours,
        Set<DayOfWeek> days,
        int absenceOffsetHours,
        boolean paused,
        int openCount) {

    Agent agent(String key) {
        return new Agent(key, active, licensed, capacity);
    }

    AgentAvailability availability(Instant now) {
        Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
        LocalTime start = LocalTime.of(startHour, 0);
        LocalTime end =
                startHour + hours >= 24 ? LocalTime.MAX : LocalTime.of(startHour + hours, 0);
        days.forEach(day -> week.put(day, List.of(new TimeWindow(start, end))));
        Instant from = now.plus(Duration.ofHours(absenceOffsetHours));
        Absence absence = new Absence(from, from.plus(Duration.ofHours(24)), null);
        return new AgentAvailability(new WeeklySchedule(zone, week), List.of(absence), paused);
    }

    void openWork(String key, Workload workload, Instant now) {
        for (int i = 0; i < openCount; i++) {
            String priority = List.of("Blocker", "Major", "Minor").get(i % 3);
            workload.open(
                    new OpenRequest(
                            key + "-OPEN-" + i, key, priority, now.minus(Duration.ofDays(i * 7L))));
        }
    }
}
