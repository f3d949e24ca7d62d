package io.smarttriage.jira.forecast;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import io.smarttriage.domain.Ticket;
import io.smarttriage.forecast.DailySeries;
import io.smarttriage.forecast.ForecastSettings;
import io.smarttriage.forecast.ForecastSnapshot;
import io.smarttriage.forecast.HandlingTimes;
import io.smarttriage.forecast.SnapshotBuilder;
import io.smarttriage.forecast.StaffingSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Computes and stores the forecast of one project from its Jira history. */
public class ProjectForecaster {
    /** Days of recent issues read for the hourly profile and handling time. */
    static final int RECENT_DAYS = 28;

    private static final Duration HANDLING_CAP = Duration.ofHours(8);
    private static final Duration HANDLING_FALLBACK = Duration.ofMinutes(30);

    private final CreationHistory history;
    private final ForecastStore store;
    private final Clock clock;

    /** Creates the forecaster with the system clock. */
    public ProjectForecaster(CreationHistory history, ForecastStore store) {
        this(history, store, Clock.systemUTC());
    }

    ProjectForecaster(CreationHistory history, ForecastStore store, Clock clock) {
        this.history = history;
        this.store = store;
        this.clock = clock;
    }

    /** Forecasts {@code projectKey} as {@code user} sees it and stores the result. */
    public ForecastSnapshot forecast(
            ApplicationUser user, String projectKey, ForecastJobConfig config)
            throws SearchException {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, config.zoneId());
        DailySeries counts =
                history.dailyCounts(
                        user,
                        projectKey,
                        today.minusDays(config.historyDays()),
                        today.minusDays(1));
        List<Issue> recent = history.recentIssues(user, projectKey, today.minusDays(RECENT_DAYS));
        List<Ticket> tickets = tickets(recent);
        Duration handling = HandlingTimes.learn(tickets, HANDLING_CAP, HANDLING_FALLBACK).overall();
        SnapshotBuilder builder =
                new SnapshotBuilder(
                        ForecastSettings.defaults(config.holidayCalendar()),
                        StaffingSettings.defaults(),
                        config.zoneId());
        ForecastSnapshot snapshot =
                builder.build(
                        projectKey,
                        counts,
                        tickets.stream().map(Ticket::created).toList(),
                        handling,
                        ForecastSettings.MAX_HORIZON,
                        now);
        store.save(snapshot);
        return snapshot;
    }

    private static List<Ticket> tickets(List<Issue> issues) {
        List<Ticket> tickets = new ArrayList<>();
        for (Issue issue : issues) {
            if (issue.getCreated() == null) {
                continue;
            }
            Instant resolved =
                    issue.getResolutionDate() == null
                            ? null
                            : issue.getResolutionDate().toInstant();
            tickets.add(
                    Ticket.builder(issue.getKey(), issue.getCreated().toInstant())
                            .resolved(resolved)
                            .build());
        }
        return tickets;
    }
}
