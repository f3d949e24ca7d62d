package io.smarttriage.jira;

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
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.query.Query;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.routing.OpenRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JiraWorkloadTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final List<String> POOL = List.of("JIRAUSER1", "JIRAUSER2");
    private static final ProjectConfig CONFIG =
            new ProjectConfig(
                    "HELP", true, Map.of(), "BOT", POOL, AssignmentStrategy.PREDICTED, false);

    private final SearchService search = mock(SearchService.class);
    private final UserManager users = mock(UserManager.class);
    private final MovableClock clock = new MovableClock();
    private final JiraWorkload workload = new JiraWorkload(search, users, clock);
    private final ApplicationUser bot = user("BOT", "triage.bot", true);

    @Test
    void givenOpenIssues_openWork_readsAssigneePriorityAndCreationOfActiveAgentsOnly()
            throws Exception {
        ApplicationUser ann = user("JIRAUSER1", "ann \"the\" agent", true);
        user("JIRAUSER2", "gone", false);
        parsesTo(
                "assignee in (\"ann \\\"the\\\" agent\") AND resolution IS EMPTY"
                        + " ORDER BY created ASC");
        results(page(List.of(issue("IT-7", ann, "High")), 1));

        List<OpenRequest> open = workload.openWork(CONFIG, POOL);

        assertThat(open)
                .containsExactly(
                        new OpenRequest("IT-7", "JIRAUSER1", "High", NOW.minusSeconds(60)));
    }

    @Test
    void givenReadMomentsAgo_openWork_servesTheCopyWithWhatWasRoutedSince() throws Exception {
        ApplicationUser ann = user("JIRAUSER1", "ann", true);
        parsesTo(OpenWorkQuery.jql(List.of("ann")));
        results(page(List.of(issue("IT-7", ann, "High")), 1));
        workload.openWork(CONFIG, POOL);
        OpenRequest routed = new OpenRequest("HELP-9", "JIRAUSER1", null, NOW);

        workload.routed(CONFIG, routed);
        List<OpenRequest> again = workload.openWork(CONFIG, POOL);

        assertThat(again).hasSize(2).contains(routed);
        verify(search, times(1)).search(eq(bot), any(), any());
    }

    @Test
    void givenRequestCountedBefore_routed_replacesItsEntry() throws Exception {
        ApplicationUser ann = user("JIRAUSER1", "ann", true);
        parsesTo(OpenWorkQuery.jql(List.of("ann")));
        results(page(List.of(issue("IT-7", ann, "High")), 1));
        workload.openWork(CONFIG, POOL);
        workload.routed(CONFIG, new OpenRequest("HELP-9", "JIRAUSER1", null, NOW));

        OpenRequest handed = new OpenRequest("HELP-9", "JIRAUSER2", null, NOW);
        workload.routed(CONFIG, handed);
        List<OpenRequest> again = workload.openWork(CONFIG, POOL);

        assertThat(again)
                .hasSize(2)
                .contains(handed)
                .extracting(OpenRequest::key)
                .containsOnlyOnce("HELP-9");
    }

    @Test
    void givenCopyOlderThanFresh_openWork_readsJiraAgainAndDropsRoutedAdditions() throws Exception {
        user("JIRAUSER1", "ann", true);
        parsesTo(OpenWorkQuery.jql(List.of("ann")));
        results(page(List.of(), 0));
        workload.openWork(CONFIG, POOL);
        workload.routed(CONFIG, new OpenRequest("HELP-9", "JIRAUSER1", null, NOW));

        clock.advance(JiraWorkload.FRESH.plusSeconds(1));
        List<OpenRequest> again = workload.openWork(CONFIG, POOL);

        assertThat(again).isEmpty();
        verify(search, times(2)).search(eq(bot), any(), any());
    }

    @Test
    void givenMoreOpenIssuesThanTheCap_openWork_stopsAtTheCap() throws Exception {
        ApplicationUser ann = user("JIRAUSER1", "ann", true);
        parsesTo(OpenWorkQuery.jql(List.of("ann")));
        List<Issue> full = Collections.nCopies(JiraWorkload.PAGE_SIZE, issue("IT-1", ann, null));
        results(page(full, 10 * JiraWorkload.MAX_OPEN));

        List<OpenRequest> open = workload.openWork(CONFIG, POOL);

        assertThat(open).hasSize(JiraWorkload.MAX_OPEN);
        verify(search, times(JiraWorkload.MAX_OPEN / JiraWorkload.PAGE_SIZE))
                .search(eq(bot), any(), any());
    }

    @Test
    void givenNoValidAutomationUser_openWork_failsNamingTheProject() {
        ProjectConfig noBot =
                new ProjectConfig(
                        "HELP", true, Map.of(), null, POOL, AssignmentStrategy.PREDICTED, false);

        assertThatThrownBy(() -> workload.openWork(noBot, POOL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("project HELP")
                .hasMessageContaining("automation user");
    }

    private ApplicationUser user(String key, String name, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        when(user.isActive()).thenReturn(active);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }

    private void parsesTo(String jql) {
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(mock(Query.class));
        when(search.parseQuery(bot, jql)).thenReturn(parsed);
    }

    private void results(SearchResults<Issue> page) throws SearchException {
        when(search.search(eq(bot), any(), any())).thenReturn(page);
    }

    private static Issue issue(String key, ApplicationUser assignee, String priority) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getAssignee()).thenReturn(assignee);
        when(issue.getCreated()).thenReturn(Timestamp.from(NOW.minusSeconds(60)));
        if (priority != null) {
            Priority p = mock(Priority.class);
            when(p.getName()).thenReturn(priority);
            when(issue.getPriority()).thenReturn(p);
        }
        return issue;
    }

    @SuppressWarnings("unchecked")
    private static SearchResults<Issue> page(List<Issue> issues, int total) {
        SearchResults<Issue> page = mock(SearchResults.class);
        when(page.getResults()).thenReturn(new ArrayList<>(issues));
        when(page.getTotal()).thenReturn(total);
        return page;
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = NOW;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
