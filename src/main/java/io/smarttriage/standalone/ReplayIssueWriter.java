package io.smarttriage.standalone;

import io.smarttriage.governance.FieldDecision;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.IssueWriter;
import io.smarttriage.governance.ProjectConfig;
import java.util.List;

/**
 * Stands in for Jira's issue service in the replay: the export already holds what people chose, so
 * an applied value is accepted and not written anywhere, and no comments are posted.
 */
final class ReplayIssueWriter implements IssueWriter {

    @Override
    public boolean apply(IssueRef issue, FieldDecision decision, ProjectConfig config) {
        return true;
    }

    @Override
    public void announce(IssueRef issue, List<FieldDecision> applied, ProjectConfig config) {}
}
