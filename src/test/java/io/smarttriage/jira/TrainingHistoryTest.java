package io.smarttriage.jira;

import static io.smarttriage.jira.JiraMocks.issue;
import static io.smarttriage.jira.JiraMocks.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingHistoryTest {
    private final SearchService search = mock(SearchService.class);
    private final RequestTypeAccess access = mock(RequestTypeAccess.class);
    private final ApplicationUser bot = user("triage-bot");
    private final MutableIssue resolved = issue("High");

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

    private TrainingHistory history(boolean jsm) {
        RequestTypes types =
                new RequestTypes(new ServiceDeskPresence(c -> jsm, () -> jsm), () -> access);
        return new TrainingHistory(search, new IssueFields(types, JiraMocks.defaultPriority("3")));
    }
}
