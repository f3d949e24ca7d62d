package io.smarttriage.jira;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether an issue's priority was changed after creation, read from Jira's change history. The
 * change history manager is looked up on each call.
 *
 * <p>What Jira exposes limits the check: the history records changes after creation only, with no
 * entry for the value the issue was created with, so a priority picked on the create screen that
 * equals the default cannot be told from one nobody touched. Any recorded priority change counts,
 * whoever made it (an agent, a Jira automation rule or another app); this app's own priority writes
 * never reach the check, because a field the app decided about is not decided again.
 */
public class PriorityHistory {
    /** The field name Jira records priority changes under. */
    static final String FIELD = "priority";

    private static final Logger log = LoggerFactory.getLogger(PriorityHistory.class);

    private final Supplier<ChangeHistoryManager> history;

    /** Looks the change history manager up in Jira's component container. */
    public PriorityHistory() {
        this(() -> ComponentAccessor.getComponent(ChangeHistoryManager.class));
    }

    PriorityHistory(Supplier<ChangeHistoryManager> history) {
        this.history = history;
    }

    /**
     * Returns whether the priority may have been changed since the issue was created: {@code true}
     * when the history records a priority change, and also when the history cannot be read.
     */
    boolean mayHaveChanged(Issue issue) {
        ChangeHistoryManager manager = history.get();
        if (manager == null) {
            log.warn(
                    "No change history for issue {}; its priority counts as set by a person",
                    issue.getKey());
            return true;
        }
        try {
            List<ChangeItemBean> changes = manager.getChangeItemsForField(issue, FIELD);
            return changes == null || !changes.isEmpty();
        } catch (RuntimeException e) {
            log.warn(
                    "Change history of issue {} unreadable; its priority counts as set by a person",
                    issue.getKey(),
                    e);
            return true;
        }
    }
}
