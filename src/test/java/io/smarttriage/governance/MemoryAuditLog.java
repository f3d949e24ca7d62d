package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Audit log in memory, for tests. */
public final class MemoryAuditLog implements AuditLog {
    private final Map<Long, AuditRecord> records = new TreeMap<>();

    @Override
    public AuditRecord append(AuditRecord record) {
        AuditRecord stored = record.withId(records.size() + 1L);
        records.put(stored.id(), stored);
        return stored;
    }

    @Override
    public void correct(long id, Correction correction) {
        records.put(id, records.get(id).withCorrection(correction));
    }

    @Override
    public Optional<AuditRecord> find(long id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public List<AuditRecord> forIssue(long issueId) {
        return records.values().stream().filter(r -> r.issueId() == issueId).toList();
    }

    @Override
    public List<AuditRecord> recent(
            String projectKey, TargetField field, Action action, int limit) {
        List<AuditRecord> matching =
                new ArrayList<>(
                        records.values().stream()
                                .filter(r -> r.projectKey().equals(projectKey))
                                .filter(r -> r.field() == field && r.action() == action)
                                .toList());
        matching.sort(Comparator.comparing(AuditRecord::id).reversed());
        return matching.subList(0, Math.min(limit, matching.size()));
    }

    public List<AuditRecord> all() {
        return List.copyOf(records.values());
    }
}
