package io.smarttriage.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to Jira issue events and hands each newly created issue to a {@link CreatedIssueSink}.
 *
 * <p>Runs on the thread that created the issue, so it only copies identifiers and returns; the
 * triage itself happens elsewhere. Never throws into event dispatch.
 */
public class IssueCreatedListener extends RegisteredListener {
    private static final Logger log = LoggerFactory.getLogger(IssueCreatedListener.class);

    private final CreatedIssueSink sink;

    /** Creates a listener that is not yet registered with the event publisher. */
    public IssueCreatedListener(EventPublisher eventPublisher, CreatedIssueSink sink) {
        super(eventPublisher);
        this.sink = sink;
    }

    /** Forwards issue-created events; ignores every other issue event type. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (!EventType.ISSUE_CREATED_ID.equals(event.getEventTypeId())) {
            return;
        }
        Issue issue = event.getIssue();
        if (issue == null || issue.getProjectObject() == null) {
            log.warn("Issue-created event without issue or project ignored");
            return;
        }
        try {
            sink.offer(
                    new CreatedIssue(
                            issue.getId(), issue.getKey(), issue.getProjectObject().getKey()));
        } catch (RuntimeException e) {
            log.warn("Issue-created event for {} not handled", issue.getKey(), e);
        }
    }
}
