package io.smarttriage.jira;

import static io.smarttriage.jira.JiraMocks.event;
import static io.smarttriage.jira.JiraMocks.issue;
import static io.smarttriage.jira.JiraMocks.user;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.WorkKind;
import org.junit.jupiter.api.Test;

class IssueChangeListenerTest {
    private static final IssueRef REF = new IssueRef(JiraMocks.ISSUE_ID, "HELP-1", "HELP");

    private final TriageDispatcher dispatcher = mock(TriageDispatcher.class);
    private final IssueChangeListener listener =
            new IssueChangeListener(mock(EventPublisher.class), dispatcher);

    @Test
    void givenUpdateByPerson_onIssueEvent_queuesFeedbackWithUserKey() {
        IssueEvent event = event(EventType.ISSUE_UPDATED_ID, issue("High"), user("agent-1"));

        listener.onIssueEvent(event);

        verify(dispatcher).offer(REF, WorkKind.FEEDBACK, "agent-1");
    }

    @Test
    void givenResolution_onIssueEvent_queuesResolvedWork() {
        IssueEvent event = event(EventType.ISSUE_RESOLVED_ID, issue("High"), user("agent-2"));

        listener.onIssueEvent(event);

        verify(dispatcher).offer(REF, WorkKind.RESOLVED, "agent-2");
    }

    @Test
    void givenEventFiredByTheAppsOwnChange_onIssueEvent_queuesNothing() {
        IssueEvent event = event(EventType.ISSUE_UPDATED_ID, issue("High"), user("triage-bot"));

        OwnChanges.during(
                () -> {
                    listener.onIssueEvent(event);
                    return null;
                });

        verifyNoInteractions(dispatcher);
    }

    @Test
    void givenCreationEvent_onIssueEvent_leavesItToTheCreationListener() {
        IssueEvent event = event(EventType.ISSUE_CREATED_ID, issue("High"), user("customer"));

        listener.onIssueEvent(event);

        verifyNoInteractions(dispatcher);
    }

    @Test
    void givenDeletionWithoutUser_onIssueEvent_queuesPurgeWithoutUserKey() {
        IssueEvent event = event(EventType.ISSUE_DELETED_ID, issue("High"), null);

        listener.onIssueEvent(event);

        verify(dispatcher).offer(REF, WorkKind.PURGE, null);
    }

    @Test
    void givenMove_onIssueEvent_queuesCleanUpUnderTheNewProject() {
        IssueEvent event = event(EventType.ISSUE_MOVED_ID, issue("High"), user("admin"));

        listener.onIssueEvent(event);

        verify(dispatcher).offer(REF, WorkKind.MOVED, null);
    }

    @Test
    void givenDispatcherThatThrows_onIssueEvent_doesNotBreakEventDispatch() {
        when(dispatcher.offer(any(), any(), any())).thenThrow(new IllegalStateException("down"));
        IssueEvent event = event(EventType.ISSUE_ASSIGNED_ID, issue("High"), user("agent-1"));

        var call = assertThatCode(() -> listener.onIssueEvent(event));

        call.doesNotThrowAnyException();
    }
}
