package io.smarttriage.jira.forecast;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.smarttriage.forecast.HolidayCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Settings of the forecast job, stored as JSON in plugin settings.
 *
 * @param runAsUserKey key of the Jira user whose permissions the job searches with; the job does
 *     nothing without one
 * @param projects keys of the projects to forecast; empty for every project
 * @param zone time zone of days and hours; {@code null} for the server's zone. Day counts come from
 *     JQL dates, which Jira reads in the run-as user's zone: set both alike
 * @param historyDays days of history read, {@value #MIN_HISTORY_DAYS} to {@value #MAX_HISTORY_DAYS}
 * @param holidays public holidays as ISO dates ({@code yyyy-MM-dd}), past and coming
 * @param issueTypes names of issue types forecast as categories of every project, at most {@value
 *     #MAX_ISSUE_TYPES}; each costs one count query per history day and project. Empty (the
 *     default) for project totals only
 */
public record ForecastJobConfig(
        String runAsUserKey,
        List<String> projects,
        String zone,
        int historyDays,
        List<String> holidays,
        List<String> issueTypes) {

    /** Most issue types forecast as categories. */
    public static final int MAX_ISSUE_TYPES = 5;

    /** Fewest days of history read. */
    public static final int MIN_HISTORY_DAYS = 56;

    /** Most days of history read: two years, one count query per day and project. */
    public static final int MAX_HISTORY_DAYS = 730;

    /** Checks the values; {@code historyDays} 0 means one year. */
    @JsonCreator
    public ForecastJobConfig {
        projects = entries("projects", projects);
        issueTypes = entries("issueTypes", issueTypes);
        if (issueTypes.size() > MAX_ISSUE_TYPES) {
            throw new IllegalArgumentException(
                    "forecast setting 'issueTypes' names at most "
                            + MAX_ISSUE_TYPES
                            + " issue types, had "
                            + issueTypes.size());
        }
        holidays = entries("holidays", holidays);
        holidayDates(holidays);
        if (historyDays == 0) {
            historyDays = 365;
        }
        if (historyDays < MIN_HISTORY_DAYS || historyDays > MAX_HISTORY_DAYS) {
            throw new IllegalArgumentException(
                    "forecast setting 'historyDays' must be "
                            + MIN_HISTORY_DAYS
                            + " to "
                            + MAX_HISTORY_DAYS
                            + ", was "
                            + historyDays);
        }
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        "forecast setting 'zone': '" + zone + "' is not a time zone id", e);
            }
        }
    }

    /** Creates settings without category forecasts. */
    public ForecastJobConfig(
            String runAsUserKey,
            List<String> projects,
            String zone,
            int historyDays,
            List<String> holidays) {
        this(runAsUserKey, projects, zone, historyDays, holidays, List.of());
    }

    /** Returns the settings used when none are stored: no run-as user, so no forecasts. */
    public static ForecastJobConfig defaults() {
        return new ForecastJobConfig(null, List.of(), null, 365, List.of());
    }

    /** Returns these settings with another run-as user key; {@code null} for none. */
    public ForecastJobConfig withRunAsUserKey(String userKey) {
        return new ForecastJobConfig(userKey, projects, zone, historyDays, holidays, issueTypes);
    }

    /** Returns the holiday calendar. */
    public HolidayCalendar holidayCalendar() {
        return new HolidayCalendar(holidayDates(holidays));
    }

    /** Returns an unmodifiable copy, empty for {@code null}; every entry must be non-blank. */
    private static List<String> entries(String setting, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                throw new IllegalArgumentException(
                        "forecast setting '"
                                + setting
                                + "', entry "
                                + (i + 1)
                                + ": must be a non-empty text, was "
                                + (values.get(i) == null ? "null" : "'" + values.get(i) + "'"));
            }
        }
        return List.copyOf(values);
    }

    private static Set<LocalDate> holidayDates(List<String> holidays) {
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < holidays.size(); i++) {
            try {
                dates.add(LocalDate.parse(holidays.get(i)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "forecast setting 'holidays', entry "
                                + (i + 1)
                                + ": '"
                                + holidays.get(i)
                                + "' is not a date in pattern yyyy-MM-dd",
                        e);
            }
        }
        return dates;
    }

    /** Returns the zone of days and hours. */
    public ZoneId zoneId() {
        return zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
    }
}
