package io.smarttriage.jira.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.smarttriage.forecast.DailySeries;
import io.smarttriage.forecast.ForecastSnapshot;
import io.smarttriage.forecast.Snapshots;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Tests for {@link ProjectForecaster} with the history reader and store mocked. */
class ProjectForecasterTest {
    private final CreationHistory history = mock(CreationHistory.class);
    private final ForecastStore store = mock(ForecastStore.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final ProjectForecaster forecaster =
            new ProjectForecaster(history, store, Clock.fixed(Snapshots.NOW, ZoneOffset.UTC));

    @Test
    void givenYearOfCounts_forecast_readsUpToYesterdayAndStoresTheSnapshot() throws Exception {
        ForecastJobConfig config =
                new ForecastJobConfig("svc", List.of(), "UTC", 365, List.of("2026-03-09"));
        LocalDate today = LocalDate.of(2026, 3, 2);
        when(history.dailyCounts(user, "HELP", today.minusDays(365), today.minusDays(1)))
                .thenReturn(Snapshots.weekly(365));
        List<Issue> recent = issues(Snapshots.recentCreated());
        when(history.recentIssues(user, "HELP", today.minusDays(ProjectForecaster.RECENT_DAYS)))
                .thenReturn(recent);

        ForecastSnapshot snapshot = forecaster.forecast(user, "HELP", config);

        verify(store).save(snapshot);
        assertThat(snapshot.project()).isEqualTo("HELP");
        assertThat(snapshot.chart().origin()).isEqualTo("2026-03-02");
        assertThat(snapshot.zone()).isEqualTo("UTC");
        assertThat(snapshot.hourlyShares().get(0).get(3)).isZero();
        assertThat(snapshot.chart().forecast().get(7).holiday()).isTrue();
        assertThat(snapshot.chart().forecast().get(6).holiday()).isFalse();
    }

    @Test
    void givenBusyAndSparseIssueTypes_forecast_storesOnlyTheTypeWhoseHistoryAllows()
            throws Exception {
        ForecastJobConfig config =
                new ForecastJobConfig(
                        "svc", List.of(), "UTC", 365, List.of(), List.of("Incident", "Change"));
        LocalDate today = LocalDate.of(2026, 3, 2);
        LocalDate from = today.minusDays(365);
        LocalDate recentFrom = today.minusDays(ProjectForecaster.RECENT_DAYS);
        when(history.dailyCounts(user, "HELP", from, today.minusDays(1)))
                .thenReturn(Snapshots.weekly(365));
        when(history.dailyCounts(user, "HELP", "Incident", from, today.minusDays(1)))
                .thenReturn(Snapshots.weekly(365));
        when(history.dailyCounts(user, "HELP", "Change", from, today.minusDays(1)))
                .thenReturn(oncePerWeek(from, 365));
        List<Issue> recent = issues(Snapshots.recentCreated());
        List<Issue> incidents = issues(Snapshots.recentCreated());
        when(history.recentIssues(user, "HELP", recentFrom)).thenReturn(recent);
        when(history.recentIssues(user, "HELP", "Incident", recentFrom)).thenReturn(incidents);

        forecaster.forecast(user, "HELP", config);

        ArgumentCaptor<Map<String, ForecastSnapshot>> stored = ArgumentCaptor.captor();
        verify(store).saveCategories(eq("HELP"), stored.capture());
        assertThat(stored.getValue()).containsOnlyKeys("Incident");
        assertThat(stored.getValue().get("Incident").hasForecast()).isTrue();
        verify(history, never()).recentIssues(user, "HELP", "Change", recentFrom);
    }

    private static DailySeries oncePerWeek(LocalDate from, int days) {
        double[] values = new double[days];
        for (int d = 0; d < days; d += 7) {
            values[d] = 1;
        }
        return new DailySeries(from, values);
    }

    private static List<Issue> issues(List<Instant> created) {
        List<Issue> issues = new ArrayList<>();
        for (Instant instant : created) {
            Issue issue = mock(Issue.class);
            when(issue.getKey()).thenReturn("HELP-" + issues.size());
            when(issue.getCreated()).thenReturn(Timestamp.from(instant));
            when(issue.getResolutionDate()).thenReturn(Timestamp.from(instant.plusSeconds(1_200)));
            issues.add(issue);
        }
        return issues;
    }
}
