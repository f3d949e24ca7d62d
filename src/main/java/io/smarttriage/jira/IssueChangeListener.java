package io.smarttriage.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.smarttriage.governance.WorkKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for later issue events and queues work for them: feedback when people update, assign or
 * resolve an issue, so that what agents do with the app's decisions is recorded and learned from; a
 * purge when an issue is deleted; a clean-up when an issue is moved to another project. Feedback
 * events caused by the app's own changes, and feedback events without a user, are ignored. Never
 * throws into event dispatch.
 */
public class IssueChangeListener extends RegisteredListener {
    private static final Logger log = LoggerFactory.getLogger(IssueChangeListener.class);

    private final TriageDispatcher dispatcher;

    /** Creates a listener that is not yet registered with the event publisher. */
    public IssueChangeListener(EventPublisher eventPublisher, TriageDispatcher dispatcher) {
        super(eventPublisher);
        this.dispatcher = dispatcher;
    }

    /** Queues feedback work for changes people made and housekeeping for deletes and moves. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        try {
            WorkKind kind = kindOf(event.getEventTypeId());
            if (kind == null || issue == null) {
                return;
            }
            if (kind.housekeeping()) {
                dispatcher.offer(IssueFields.ref(issue), kind, null);
                return;
            }
            ApplicationUser user = event.getUser();
            if (!OwnChanges.active() && user != null) {
                dispatcher.offer(IssueFields.ref(issue), kind, user.getKey());
            }
        } catch (RuntimeException e) {
            log.warn("Issue event for {} not handled", issue == null ? null : issue.getKey(), e);
        }
    }

    private static WorkKind kindOf(Long type) {
        if (EventType.ISSUE_UPDATED_ID.equals(type) || EventType.ISSUE_ASSIGNED_ID.equals(type)) {
            return WorkKind.FEEDBACK;
        }
        if (EventType.ISSUE_RESOLVED_ID.equals(type) || EventType.ISSUE_CLOSED_ID.equals(type)) {
            return WorkKind.RESOLVED;
        }
        if (EventType.ISSUE_DELETED_ID.equals(type)) {
            return WorkKind.PURGE;
        }
        if (EventType.ISSUE_MOVED_ID.equals(type)) {
            return WorkKind.MOVED;
        }
        return null;
    }
}
