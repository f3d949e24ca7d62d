package io.smarttriage.jira.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.smarttriage.forecast.ForecastSnapshot;
import io.smarttriage.forecast.Snapshots;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
