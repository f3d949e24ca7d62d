package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadMixTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    @Test
    void givenTwoCategoriesAtDifferentHandlingTimes_handlingPerDay_isVolumeWeightedMean() {
        // 24 x 30 min + 24 x 90 min = 48 agent-hours for 48 requests: 60 min each
        CategoryForecasts mix =
                new CategoryForecasts(
                        constant(48, 3),
                        List.of(forecast("Access", 24, 3), forecast("Laptop", 24, 3)),
                        List.of());
        HandlingTimes times =
                HandlingTimes.fixed(Duration.ofMinutes(10))
                        .with("Access", Duration.ofMinutes(30))
                        .with("Laptop", Duration.ofMinutes(90));

        List<Duration> perDay = WorkloadMix.handlingPerDay(mix, times);

        assertThat(perDay).hasSize(3).containsOnly(Duration.ofMinutes(60));
    }

    @Test
    void givenVolumeNotCoveredByCategories_handlingPerDay_takesOverallTimeForTheRest() {
        // 24 x 30 min forecast for Access, the other 24 at the overall 90 min: 60 min each
        CategoryForecasts mix =
                new CategoryForecasts(
                        constant(48, 2), List.of(forecast("Access", 24, 2)), List.of("Printer"));
        HandlingTimes times =
                HandlingTimes.fixed(Duration.ofMinutes(90)).with("Access", Duration.ofMinutes(30));

        List<Duration> perDay = WorkloadMix.handlingPerDay(mix, times);

        assertThat(perDay).containsExactly(Duration.ofMinutes(60), Duration.ofMinutes(60));
    }

    @Test
    void givenMixedWorkloadOfTwoErlangs_plan_needsFourAgentsEachHourAsErlangC() {
        // 2 requests an hour averaging 1 hour: A = 2 Erlangs; by hand, 3 agents reach
        // 1 - 0.4444 e^(-1/3) = 68.2% within 20 min, 4 agents 1 - 0.1739 e^(-2/3) = 91.1%
        CategoryForecasts mix =
                new CategoryForecasts(
                        constant(48, 1),
                        List.of(forecast("Access", 24, 1), forecast("Laptop", 24, 1)),
                        List.of());
        HandlingTimes times =
                HandlingTimes.fixed(Duration.ofMinutes(30)).with("Laptop", Duration.ofMinutes(90));
        StaffingPlanner planner =
                new StaffingPlanner(
                        new StaffingSettings(0.8, Duration.ofMinutes(20), 0.0, 8),
                        HourlyProfile.flat());

        List<DayStaffing> days = planner.plan(mix.total(), WorkloadMix.handlingPerDay(mix, times));

        assertThat(days.get(0).hourlyAgents()).hasSize(24).containsOnly(4);
        assertThat(days.get(0).agentsNeeded()).isEqualTo(4 * 24 / 8);
    }

    private static CategoryForecast forecast(String category, double perDay, int days) {
        return new CategoryForecast(
                category, 100, 60, Optional.of(constant(perDay, days)), CategoryStatus.FORECAST);
    }

    private static Forecast constant(double perDay, int days) {
        List<ForecastDay> list = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            Interval band = new Interval(perDay, perDay);
            list.add(new ForecastDay(MONDAY.plusDays(d), perDay, band, band, false));
        }
        return new Forecast(MONDAY, ForecastMethod.HOLT_WINTERS, list, Set.of());
    }
}
