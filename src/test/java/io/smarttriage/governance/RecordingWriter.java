package io.smarttriage.governance;

import java.util.ArrayList;
import java.util.List;

/** Issue writer that remembers what it was asked to do, for tests. */
final class RecordingWriter implements IssueWriter {
    final List<FieldDecision> applied = new ArrayList<>();
    final List<List<FieldDecision>> announcements = new ArrayList<>();
    boolean refuse;
    boolean issueResolved;

    @Override
    public boolean apply(IssueRef issue, FieldDecision decision, ProjectConfig config) {
        if (!refuse) {
            applied.add(decision);
        }
        return !refuse;
    }

    @Override
    public void announce(IssueRef issue, List<FieldDecision> decisions, ProjectConfig config) {
        announcements.add(List.copyOf(decisions));
    }

    @Override
    public boolean resolved(IssueRef issue) {
        return issueResolved;
    }
}
