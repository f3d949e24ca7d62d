package io.smarttriage.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds forecast snapshots from synthetic weekly-seasonal histories for tests. */
public final class Snapshots {
    /** The computation time used by every snapshot built here. */
    public static final Instant NOW = Instant.parse("2026-03-02T02:30:00Z");

    private Snapshots() {}

    /** A daily series of {@code days} days ending the day before {@link #NOW}. */
    public static DailySeries weekly(int days) {
        double[] values = new double[days];
        for (int i = 0; i < days; i++) {
            values[i] = 20 + 10 * ((i % 7) < 5 ? 1 : 0) + (i % 3);
        }
        return new DailySeries(LocalDate.of(2026, 3, 2).minusDays(days), values);
    }

    /** Creation instants spread over working hours of the last four weeks. */
    public static List<Instant> recentCreated() {
        List<Instant> created = new ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            for (int hour = 8; hour < 18; hour++) {
                created.add(NOW.minus(Duration.ofDays(day)).plus(Duration.ofHours(hour)));
            }
        }
        return created;
    }

    /** A snapshot of project {@code project} with {@code days} days of history. */
    public static ForecastSnapshot of(String project, int days) {
        return builder()
                .build(
                        project,
                        weekly(days),
                        recentCreated(),
                        Duration.ofMinutes(20),
                        ForecastSettings.MAX_HORIZON,
                        NOW);
    }

    /** A builder with default settings in UTC. */
    public static SnapshotBuilder builder() {
        ZoneId utc = ZoneOffset.UTC;
        return new SnapshotBuilder(
                ForecastSettings.defaults(HolidayCalendar.none()),
                StaffingSettings.defaults(),
                utc);
    }
}
