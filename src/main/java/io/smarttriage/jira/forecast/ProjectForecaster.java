package io.smarttriage.jira.forecast;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import io.smarttriage.domain.Ticket;
import io.smarttriage.forecast.CategoryForecaster;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes and stores the forecast of one project from its Jira history, and of the issue types
 * named in {@link ForecastJobConfig#issueTypes()} as categories.
 *
 * <p>The category of a request here is its issue type: the request type of Jira Service Management
 * is not searchable by name cheaply, and the host API the app builds against exposes no issue type
 * or component getter, so issue types are counted with JQL ({@code issuetype = "name"}) and never
 * read from loaded issues. Each configured type costs one count query per history day and the
 * recent issues of the type (pages of {@value CreationHistory#PAGE_SIZE}, at most {@value
 * CreationHistory#MAX_RECENT_ISSUES}). A type is stored only where {@link
 * CategoryForecaster#allows} its history; its handling time is learned from its own recent issues,
 * falling back to the project's. The project's own staffing still uses the project's overall
 * handling time, not the mix of types.
 */
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
        store.saveCategories(
                projectKey, categories(user, projectKey, config, builder, handling, now));
        return snapshot;
    }

    private Map<String, ForecastSnapshot> categories(
            ApplicationUser user,
            String projectKey,
            ForecastJobConfig config,
            SnapshotBuilder builder,
            Duration projectHandling,
            Instant now)
            throws SearchException {
        LocalDate today = LocalDate.ofInstant(now, config.zoneId());
        Map<String, ForecastSnapshot> byType = new LinkedHashMap<>();
        for (String type : config.issueTypes()) {
            DailySeries counts =
                    history.dailyCounts(
                            user,
                            projectKey,
                            type,
                            today.minusDays(config.historyDays()),
                            today.minusDays(1));
            if (!CategoryForecaster.allows(counts)) {
                continue;
            }
            List<Ticket> tickets =
                    tickets(
                            history.recentIssues(
                                    user, projectKey, type, today.minusDays(RECENT_DAYS)));
            Duration handling =
                    HandlingTimes.learn(tickets, HANDLING_CAP, projectHandling).overall();
            List<Instant> created = tickets.stream().map(Ticket::created).toList();
            byType.put(
                    type,
                    builder.build(
                            projectKey,
                            counts,
                            created,
                            handling,
                            ForecastSettings.MAX_HORIZON,
                            now));
        }
        return byType;
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
