package io.smarttriage.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import io.smarttriage.governance.WorkKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for updates, assignments and resolutions by people and queues feedback work, so that what
 * agents do with the app's decisions is recorded and learned from. Events caused by the app's own
 * changes, and events without a user, are ignored. Never throws into event dispatch.
 */
public class IssueChangeListener {
    private static final Logger log = LoggerFactory.getLogger(IssueChangeListener.class);

    private final EventPublisher eventPublisher;
    private final TriageDispatcher dispatcher;

    /** Creates a listener that is not yet registered with the event publisher. */
    public IssueChangeListener(EventPublisher eventPublisher, TriageDispatcher dispatcher) {
        this.eventPublisher = eventPublisher;
        this.dispatcher = dispatcher;
    }

    /** Starts receiving events (Spring init method). */
    public void register() {
        eventPublisher.register(this);
    }

    /** Stops receiving events (Spring destroy method). */
    public void unregister() {
        eventPublisher.unregister(this);
    }

    /** Queues feedback work for changes people made. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        try {
            WorkKind kind = kindOf(event.getEventTypeId());
            if (kind == null || OwnChanges.active() || event.getUser() == null || issue == null) {
                return;
            }
            dispatcher.offer(IssueFields.ref(issue), kind, event.getUser().getKey());
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
        return null;
    }
}
