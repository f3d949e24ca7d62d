package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StaffingPlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    @Test
    void givenFortyEightRequestsOverFlatDay_day_needsErlangCAgentsEveryHour() {
        // two requests an hour of 1 hour each: A = 2 Erlangs, 4 agents reach 80% within 20 min
        StaffingSettings settings = new StaffingSettings(0.8, Duration.ofMinutes(20), 0.0, 8);
        StaffingPlanner planner = new StaffingPlanner(settings, HourlyProfile.flat());

        DayStaffing day = planner.day(MONDAY, 48, Duration.ofHours(1));

        assertThat(day.hourlyAgents()).hasSize(24).containsOnly(4);
        assertThat(day.peakAgents()).isEqualTo(4);
        assertThat(day.agentsNeeded()).isEqualTo(4 * 24 / 8);
    }

    @Test
    void givenShrinkage_day_rostersMoreAgentsForSameLoad() {
        StaffingSettings none = new StaffingSettings(0.8, Duration.ofMinutes(20), 0.0, 8);
        StaffingSettings half = new StaffingSettings(0.8, Duration.ofMinutes(20), 0.5, 8);

        DayStaffing lean =
                new StaffingPlanner(none, HourlyProfile.flat())
                        .day(MONDAY, 48, Duration.ofHours(1));
        DayStaffing shrunk =
                new StaffingPlanner(half, HourlyProfile.flat())
                        .day(MONDAY, 48, Duration.ofHours(1));

        assertThat(shrunk.agentsNeeded()).isEqualTo(2 * lean.agentsNeeded());
        assertThat(shrunk.hourlyAgents()).isEqualTo(lean.hourlyAgents());
    }

    @Test
    void givenNoRequests_day_needsNoAgents() {
        StaffingPlanner planner =
                new StaffingPlanner(StaffingSettings.defaults(), HourlyProfile.flat());

        DayStaffing day = planner.day(MONDAY, 0, Duration.ofMinutes(30));

        assertThat(day.agentsNeeded()).isZero();
        assertThat(day.peakAgents()).isZero();
    }
}
