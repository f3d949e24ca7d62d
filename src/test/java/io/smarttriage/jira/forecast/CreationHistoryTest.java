package io.smarttriage.jira.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import io.smarttriage.forecast.DailySeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link CreationHistory} with Jira search mocked. */
class CreationHistoryTest {
    private final SearchService search = mock(SearchService.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final CreationHistory history = new CreationHistory(search);

    @Test
    void givenThreeDays_dailyCounts_runsOneBoundedCountQueryPerDay() throws Exception {
        Query day1 =
                validQuery(
                        "project = \"HELP\" AND created >= \"2026-01-01\""
                                + " AND created < \"2026-01-02\"");
        Query day2 =
                validQuery(
                        "project = \"HELP\" AND created >= \"2026-01-02\""
                                + " AND created < \"2026-01-03\"");
        Query day3 =
                validQuery(
                        "project = \"HELP\" AND created >= \"2026-01-03\""
                                + " AND created < \"2026-01-04\"");
        when(search.searchCount(user, day1)).thenReturn(4L);
        when(search.searchCount(user, day2)).thenReturn(0L);
        when(search.searchCount(user, day3)).thenReturn(7L);

        DailySeries counts =
                history.dailyCounts(
                        user, "HELP", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3));

        assertThat(counts.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(counts.values()).containsExactly(4, 0, 7);
    }

    @Test
    void givenMoreIssuesThanOnePage_recentIssues_pagesUntilTheLastShortPage() throws Exception {
        Query query =
                validQuery(
                        "project = \"HELP\" AND created >= \"2026-02-01\" ORDER BY created DESC");
        SearchResults<Issue> full = page(CreationHistory.PAGE_SIZE, 700);
        SearchResults<Issue> rest = page(200, 700);
        when(search.search(eq(user), eq(query), any())).thenReturn(full, rest);

        List<Issue> issues = history.recentIssues(user, "HELP", LocalDate.of(2026, 2, 1));

        assertThat(issues).hasSize(700);
        verify(search, times(2)).search(eq(user), eq(query), any());
    }

    @Test
    void givenHugeProject_recentIssues_stopsAtTheCap() throws Exception {
        Query query =
                validQuery("project = \"BIG\" AND created >= \"2026-02-01\" ORDER BY created DESC");
        SearchResults<Issue> full = page(CreationHistory.PAGE_SIZE, 90_000);
        when(search.search(eq(user), eq(query), any())).thenReturn(full);

        List<Issue> issues = history.recentIssues(user, "BIG", LocalDate.of(2026, 2, 1));

        assertThat(issues).hasSize(CreationHistory.MAX_RECENT_ISSUES);
    }

    @Test
    void givenKeyThatIsNoProjectKey_dailyCounts_rejectsItBeforeSearching() {
        LocalDate day = LocalDate.of(2026, 1, 1);

        var thrown = assertThatThrownBy(() -> history.dailyCounts(user, "x\" OR 1=1", day, day));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage("project key 'x\" OR 1=1' must match [A-Z][A-Z0-9_]*");
    }

    @Test
    void givenIssueTypeWithQuote_dailyCounts_addsTheEscapedIssueTypeClause() throws Exception {
        Query day =
                validQuery(
                        "project = \"HELP\" AND issuetype = \"Ask \\\"IT\\\"\""
                                + " AND created >= \"2026-01-01\" AND created < \"2026-01-02\"");
        when(search.searchCount(user, day)).thenReturn(3L);

        DailySeries counts =
                history.dailyCounts(
                        user,
                        "HELP",
                        "Ask \"IT\"",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 1));

        assertThat(counts.values()).containsExactly(3);
    }

    @Test
    void givenIssueType_recentIssues_pagesOnlyThatType() throws Exception {
        Query query =
                validQuery(
                        "project = \"HELP\" AND issuetype = \"Incident\""
                                + " AND created >= \"2026-02-01\" ORDER BY created DESC");
        SearchResults<Issue> short1 = page(12, 12);
        when(search.search(eq(user), eq(query), any())).thenReturn(short1);

        List<Issue> issues =
                history.recentIssues(user, "HELP", "Incident", LocalDate.of(2026, 2, 1));

        assertThat(issues).hasSize(12);
    }

    private Query validQuery(String jql) {
        Query query = mock(Query.class);
        SearchService.ParseResult result = mock(SearchService.ParseResult.class);
        when(result.isValid()).thenReturn(true);
        when(result.getQuery()).thenReturn(query);
        when(search.parseQuery(user, jql)).thenReturn(result);
        return query;
    }

    @SuppressWarnings("unchecked")
    private static SearchResults<Issue> page(int size, int total) {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            issues.add(mock(Issue.class));
        }
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(issues);
        when(results.getTotal()).thenReturn(total);
        return results;
    }
}
