package io.smarttriage.jira;

import static io.smarttriage.jira.JiraMocks.ISSUE_ID;
import static io.smarttriage.jira.JiraMocks.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.MemoryExamples;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorrectedHistoryTest {
    private final IssueManager issues = mock(IssueManager.class);
    private final CorrectedHistory history =
            new CorrectedHistory(
                    new TrainingHistory(mock(SearchService.class), JiraMocks.fieldsWithoutJsm()),
                    new MemoryExamples(),
                    issues);

    @Test
    void givenIssueOfTheProject_find_returnsItsTicketWithCurrentValues() {
        MutableIssue jiraIssue = issue("High");
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(jiraIssue);

        Optional<Ticket> found = history.find(ISSUE_ID, "HELP");

        assertThat(found).map(Ticket::priority).contains("High");
    }

    @Test
    void givenIssueMovedToAnotherProject_find_returnsEmpty() {
        MutableIssue jiraIssue = issue("High");
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(jiraIssue);

        Optional<Ticket> found = history.find(ISSUE_ID, "OPS");

        assertThat(found).isEmpty();
    }

    @Test
    void givenDeletedIssue_find_returnsEmpty() {
        Optional<Ticket> found = history.find(ISSUE_ID, "HELP");

        assertThat(found).isEmpty();
    }
}
