package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import org.junit.jupiter.api.Test;

/** Tests for {@link IssueCreatedListener} with the Jira boundary mocked. */
class IssueCreatedListenerTest {
    private static final long OTHER_EVENT_TYPE = EventType.ISSUE_CREATED_ID + 1;

    private final EventPublisher publisher = mock(EventPublisher.class);
    private final PendingTriageQueue queue = new PendingTriageQueue(10);
    private final IssueCreatedListener listener = new IssueCreatedListener(publisher, queue);

    @Test
    void givenNewListener_register_subscribesItselfWithPublisher() {
        IssueCreatedListener fresh = new IssueCreatedListener(publisher, queue);

        fresh.register();

        verify(publisher).register(fresh);
    }

    @Test
    void givenRegisteredListener_unregister_unsubscribesItselfFromPublisher() {
        listener.register();

        listener.unregister();

        verify(publisher).unregister(listener);
    }

    @Test
    void givenIssueCreatedEvent_onIssueEvent_queuesIssueIdentifiers() {
        IssueEvent event = event(EventType.ISSUE_CREATED_ID, issue(10_001L, "HELP-7", "HELP"));

        listener.onIssueEvent(event);

        assertThat(queue.poll()).contains(new CreatedIssue(10_001L, "HELP-7", "HELP"));
    }

    @Test
    void givenOtherEventType_onIssueEvent_queuesNothing() {
        IssueEvent event = event(OTHER_EVENT_TYPE, issue(10_002L, "HELP-8", "HELP"));

        listener.onIssueEvent(event);

        assertThat(queue.size()).isZero();
    }

    @Test
    void givenCreatedEventWithoutIssue_onIssueEvent_queuesNothing() {
        IssueEvent event = event(EventType.ISSUE_CREATED_ID, null);

        listener.onIssueEvent(event);

        assertThat(queue.size()).isZero();
    }

    private static IssueEvent event(Long typeId, Issue issue) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(typeId);
        when(event.getIssue()).thenReturn(issue);
        return event;
    }

    private static Issue issue(long id, String key, String projectKey) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(projectKey);
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectObject()).thenReturn(project);
        return issue;
    }
}
