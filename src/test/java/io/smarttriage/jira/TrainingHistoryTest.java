package io.smarttriage.jira;

import static io.smarttriage.jira.JiraMocks.issue;
import static io.smarttriage.jira.JiraMocks.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.HistoryEntry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

class TrainingHistoryTest {
    private static final Instant RUN_START = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant BEFORE_RUN = Instant.parse("2026-01-01T00:00:00Z");
    private final SearchService search = mock(SearchService.class);
    private final RequestTypeAccess access = mock(RequestTypeAccess.class);
    private final ApplicationUser bot = user("triage-bot");
    private final MutableIssue resolved = issue("High");
    private final Project project = project();

    @BeforeEach
    void oneResolvedIssue() throws Exception {
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(mock(Query.class));
        when(search.parseQuery(eq(bot), anyString())).thenReturn(parsed);
        @SuppressWarnings("unchecked")
        SearchResults<Issue> page = mock(SearchResults.class);
        when(page.getResults()).thenReturn(List.of(resolved));
        when(page.getTotal()).thenReturn(1);
        when(search.search(eq(bot), any(), any())).thenReturn(page);
    }

    @Test
    void givenServiceDeskIssue_read_labelsTheCategoryWithTheRequestTypeId() throws Exception {
        when(access.read(resolved)).thenReturn(RequestTypeReading.of("12"));
        TrainingHistory history = history(true);

        List<Ticket> tickets = history.read(bot, "HELP");

        assertThat(tickets).extracting(Ticket::category).containsExactly("12");
        assertThat(tickets).extracting(Ticket::priority).containsExactly("High");
    }

    @Test
    void givenNoJsm_read_leavesTheCategoryEmpty() throws Exception {
        TrainingHistory history = history(false);

        List<Ticket> tickets = history.read(bot, "HELP");

        assertThat(tickets).extracting(Ticket::category).containsOnlyNulls();
    }

    @Test
    void givenTwoComponents_read_keepsBothAsFeaturesAndLabelsTheFirst() throws Exception {
        List<ProjectComponent> components =
                List.of(JiraMocks.component(300L, "VPN"), JiraMocks.component(301L, "Mail"));
        when(resolved.getComponents()).thenReturn(components);
        TrainingHistory history = history(false);

        Ticket ticket = history.read(bot, "HELP").get(0);

        assertThat(ticket.components()).containsExactly("VPN", "Mail");
        assertThat(TargetField.COMPONENT.valueOf(ticket)).isEqualTo("HELP/VPN");
    }

    @Test
    void givenIssuesReopenedAndResolvedBetweenPages_entries_readsEveryStableIssueOnce()
            throws Exception {
        List<Issue> results = new ArrayList<>();
        for (long id = 2_000; id > 800; id--) {
            results.add(numbered(id, BEFORE_RUN));
        }
        Set<Long> left = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            left.add(results.get(i).getId());
        }
        Runnable shift =
                () -> {
                    results.removeIf(issue -> left.contains(issue.getId()));
                    results.add(0, numbered(5_000, BEFORE_RUN));
                    results.add(0, numbered(5_001, RUN_START.plusSeconds(5)));
                };

        List<HistoryEntry> entries = readShifting(results, shift);

        List<Long> ids = entries.stream().map(HistoryEntry::issueId).toList();
        assertThat(ids).doesNotHaveDuplicates().doesNotContain(5_001L);
        Set<Long> stable = new HashSet<>();
        for (long id = 2_000; id > 800; id--) {
            stable.add(id);
        }
        stable.removeAll(left);
        assertThat(ids).containsAll(stable);
    }

    @Test
    void givenMoreIssuesLeaveThanTheOverlap_entries_stepsBackAndMissesNone() throws Exception {
        List<Issue> results = new ArrayList<>();
        for (long id = 2_000; id > 800; id--) {
            results.add(numbered(id, BEFORE_RUN));
        }
        Set<Long> left = new HashSet<>();
        for (int i = 100; i < 100 + 3 * TrainingHistory.OVERLAP; i++) {
            left.add(results.get(i).getId());
        }
        Runnable shift = () -> results.removeIf(issue -> left.contains(issue.getId()));

        List<HistoryEntry> entries = readShifting(results, shift);

        List<Long> ids = entries.stream().map(HistoryEntry::issueId).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(1_200);
    }

    /**
     * Reads the history from a search that answers from {@code results} by the pager's start and
     * runs {@code shift} on the results once, after the first page was read.
     */
    private List<HistoryEntry> readShifting(List<Issue> results, Runnable shift) throws Exception {
        Map<Object, Integer> starts = new IdentityHashMap<>();
        int[] pages = {0};
        when(search.search(eq(bot), any(), any()))
                .thenAnswer(
                        call -> {
                            if (pages[0]++ == 1) {
                                shift.run();
                            }
                            int start = starts.get(call.getArgument(2));
                            int end = Math.min(results.size(), start + TrainingHistory.PAGE_SIZE);
                            return page(
                                    List.copyOf(results.subList(Math.min(start, end), end)),
                                    results.size());
                        });
        TrainingHistory history =
                new TrainingHistory(
                        search,
                        JiraMocks.fieldsWithoutJsm(),
                        Clock.fixed(RUN_START, ZoneOffset.UTC));
        try (MockedConstruction<PagerFilter> pagers =
                mockConstruction(
                        PagerFilter.class,
                        (pager, context) ->
                                starts.put(pager, (Integer) context.arguments().get(0)))) {
            return history.entries(bot, "HELP");
        }
    }

    private Issue numbered(long id, Instant created) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn("HELP-" + id);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getCreated()).thenReturn(Timestamp.from(created.plusSeconds(id)));
        return issue;
    }

    private static Project project() {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("HELP");
        return project;
    }

    @SuppressWarnings("unchecked")
    private static SearchResults<Issue> page(List<Issue> issues, int total) {
        SearchResults<Issue> page = mock(SearchResults.class);
        when(page.getResults()).thenReturn(issues);
        when(page.getTotal()).thenReturn(total);
        return page;
    }

    private TrainingHistory history(boolean jsm) {
        RequestTypes types =
                new RequestTypes(new ServiceDeskPresence(c -> jsm, () -> jsm), () -> access);
        return new TrainingHistory(
                search,
                new IssueFields(
                        types, JiraMocks.defaultPriority("3"), JiraMocks.priorityChanges(0)));
    }
}
