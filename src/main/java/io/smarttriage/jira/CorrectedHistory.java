package io.smarttriage.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.CorrectionMerger;
import io.smarttriage.governance.TicketLookup;
import io.smarttriage.governance.TrainingExampleStore;
import java.util.List;
import java.util.Optional;

/**
 * The requests a project's model is trained on: its resolved history read through Jira search, with
 * the agents' stored corrections merged in by {@link CorrectionMerger}. Corrected requests outside
 * the history window are read by id through the issue manager.
 */
public class CorrectedHistory implements TicketLookup {
    private final TrainingHistory history;
    private final CorrectionMerger merger;
    private final IssueManager issues;

    /** Creates the reader over Jira search, the stored corrections and the issue manager. */
    public CorrectedHistory(
            TrainingHistory history, TrainingExampleStore examples, IssueManager issues) {
        this.history = history;
        this.merger = new CorrectionMerger(examples);
        this.issues = issues;
    }

    /** Returns the project's training requests as {@code user} sees them, corrections applied. */
    public List<Ticket> read(ApplicationUser user, String projectKey) throws SearchException {
        return merger.merge(projectKey, history.entries(user, projectKey), this).tickets();
    }

    @Override
    public Optional<Ticket> find(long issueId, String projectKey) {
        MutableIssue issue = issues.getIssueObject(issueId);
        if (issue == null
                || issue.getProjectObject() == null
                || !projectKey.equals(issue.getProjectObject().getKey())) {
            return Optional.empty();
        }
        return Optional.of(history.labelled(issue));
    }
}
