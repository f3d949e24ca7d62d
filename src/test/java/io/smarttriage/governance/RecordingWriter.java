package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Issue writer that remembers what it was asked to do, for tests. */
final class RecordingWriter implements IssueWriter {
    final List<FieldDecision> applied = new ArrayList<>();
    final List<List<FieldDecision>> announcements = new ArrayList<>();
    boolean refuse;

    /** Values the issue does not take, such as an agent Jira refuses to assign. */
    final Set<String> refusedValues = new HashSet<>();

    boolean issueResolved;

    /** Fields a person changed after triage read them; the writer finds them changed. */
    final Set<TargetField> changedAfterRead = EnumSet.noneOf(TargetField.class);

    final List<FieldState> reads = new ArrayList<>();

    @Override
    public Written apply(
            IssueRef issue, FieldDecision decision, ProjectConfig config, FieldState read) {
        reads.add(read);
        if (changedAfterRead.contains(decision.prediction().field())) {
            return Written.CHANGED_SINCE_READ;
        }
        return IssueWriter.super.apply(issue, decision, config, read);
    }

    @Override
    public boolean apply(IssueRef issue, FieldDecision decision, ProjectConfig config) {
        boolean refused = refuse || refusedValues.contains(decision.prediction().value());
        if (!refused) {
            applied.add(decision);
        }
        return !refused;
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
