package io.smarttriage.jira.forecast;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.smarttriage.forecast.DailySeries;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a project's request history through Jira search, bounded: daily counts with one count query
 * per day (no issue is loaded), and the most recent issues page by page up to a cap.
 */
public class CreationHistory {
    /** Issues per search page. */
    static final int PAGE_SIZE = 500;

    /** Most recent issues read for the hourly profile and handling time. */
    static final int MAX_RECENT_ISSUES = 5_000;

    private final SearchService search;

    /** Creates the reader. */
    public CreationHistory(SearchService search) {
        this.search = search;
    }

    /**
     * Counts the issues of {@code projectKey} created on each day from {@code from} to {@code to},
     * both inclusive, as {@code user} sees them.
     */
    public DailySeries dailyCounts(
            ApplicationUser user, String projectKey, LocalDate from, LocalDate to)
            throws SearchException {
        return dailyCounts(user, projectKey, null, from, to);
    }

    /**
     * Counts as {@link #dailyCounts(ApplicationUser, String, LocalDate, LocalDate)}, only issues of
     * {@code issueType} (by name), or all issues when it is {@code null}.
     */
    public DailySeries dailyCounts(
            ApplicationUser user, String projectKey, String issueType, LocalDate from, LocalDate to)
            throws SearchException {
        double[] counts = new double[(int) from.until(to, ChronoUnit.DAYS) + 1];
        for (int i = 0; i < counts.length; i++) {
            LocalDate day = from.plusDays(i);
            String jql =
                    projectClause(projectKey, issueType)
                            + " AND created >= \""
                            + day
                            + "\" AND created < \""
                            + day.plusDays(1)
                            + "\"";
            counts[i] = search.searchCount(user, parse(user, jql));
        }
        return new DailySeries(from, counts);
    }

    /**
     * Returns the issues of {@code projectKey} created on or after {@code from}, newest first, at
     * most {@value #MAX_RECENT_ISSUES}.
     */
    public List<Issue> recentIssues(ApplicationUser user, String projectKey, LocalDate from)
            throws SearchException {
        return recentIssues(user, projectKey, null, from);
    }

    /**
     * Returns as {@link #recentIssues(ApplicationUser, String, LocalDate)}, only issues of {@code
     * issueType} (by name), or all issues when it is {@code null}; same pages and cap.
     */
    public List<Issue> recentIssues(
            ApplicationUser user, String projectKey, String issueType, LocalDate from)
            throws SearchException {
        Query query =
                parse(
                        user,
                        projectClause(projectKey, issueType)
                                + " AND created >= \""
                                + from
                                + "\" ORDER BY created DESC");
        List<Issue> issues = new ArrayList<>();
        while (issues.size() < MAX_RECENT_ISSUES) {
            int size = Math.min(PAGE_SIZE, MAX_RECENT_ISSUES - issues.size());
            SearchResults<Issue> page =
                    search.search(user, query, new PagerFilter<>(issues.size(), size));
            issues.addAll(page.getResults());
            if (page.getResults().size() < size || issues.size() >= page.getTotal()) {
                break;
            }
        }
        return issues;
    }

    private Query parse(ApplicationUser user, String jql) {
        SearchService.ParseResult result = search.parseQuery(user, jql);
        if (!result.isValid()) {
            throw new IllegalArgumentException("forecast history query is not valid JQL: " + jql);
        }
        return result.getQuery();
    }

    private static String projectClause(String projectKey, String issueType) {
        String project = projectClause(projectKey);
        if (issueType == null) {
            return project;
        }
        if (issueType.isBlank()) {
            throw new IllegalArgumentException("issue type name must not be blank");
        }
        String quoted = issueType.replace("\\", "\\\\").replace("\"", "\\\"");
        return project + " AND issuetype = \"" + quoted + "\"";
    }

    private static String projectClause(String projectKey) {
        if (!projectKey.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException(
                    "project key '" + projectKey + "' must match [A-Z][A-Z0-9_]*");
        }
        return "project = \"" + projectKey + "\"";
    }
}
