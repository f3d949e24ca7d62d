package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.time.Instant;
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

    @Override
    public List<String> givenAssignees(String projectKey, boolean shadow, int limit) {
        List<String> given = new ArrayList<>();
        List<AuditRecord> oldestFirst = List.copyOf(records.values());
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            AuditRecord r = oldestFirst.get(i);
            boolean counted =
                    shadow
                            ? r.mode() == FieldMode.SHADOW && r.action() == Action.RECORD_ONLY
                            : r.givenTurn();
            if (given.size() < limit
                    && r.projectKey().equals(projectKey)
                    && r.field() == TargetField.ASSIGNEE
                    && r.predictedValue() != null
                    && counted) {
                given.add(r.predictedValue());
            }
        }
        return given;
    }

    @Override
    public List<AuditRecord> judgedSince(String projectKey, Instant since, int limit) {
        return records.values().stream()
                .filter(r -> r.projectKey().equals(projectKey))
                .filter(r -> !r.time().isBefore(since) && r.correction().feedback().judged())
                .sorted(Comparator.comparing(AuditRecord::time).thenComparing(AuditRecord::id))
                .limit(limit)
                .toList();
    }

    public List<AuditRecord> all() {
        return List.copyOf(records.values());
    }

    @Override
    public int removeIssue(long issueId) {
        int before = records.size();
        records.values().removeIf(r -> r.issueId() == issueId);
        return before - records.size();
    }

    @Override
    public int countUser(String userKey) {
        return (int) records.values().stream().filter(r -> names(r, userKey)).count();
    }

    @Override
    public int renameUser(String oldKey, String newKey) {
        int changed = 0;
        for (AuditRecord r : List.copyOf(records.values())) {
            if (names(r, oldKey)) {
                boolean assignee = r.field() == TargetField.ASSIGNEE;
                Correction c = r.correction();
                Correction renamed =
                        new Correction(
                                c.feedback(),
                                swap(c.userKey(), oldKey, newKey),
                                assignee ? swap(c.finalValue(), oldKey, newKey) : c.finalValue(),
                                c.time());
                String predicted =
                        assignee ? swap(r.predictedValue(), oldKey, newKey) : r.predictedValue();
                records.put(r.id(), withPredicted(r, predicted).withCorrection(renamed));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public int forgetUser(String userKey) {
        int changed = 0;
        for (AuditRecord r : List.copyOf(records.values())) {
            Correction c = r.correction();
            if (userKey.equals(c.userKey())) {
                records.put(
                        r.id(),
                        r.withCorrection(
                                new Correction(c.feedback(), null, c.finalValue(), c.time())));
                changed++;
            }
        }
        return changed;
    }

    private static boolean names(AuditRecord r, String key) {
        boolean assignee = r.field() == TargetField.ASSIGNEE;
        return key.equals(r.correction().userKey())
                || assignee && key.equals(r.predictedValue())
                || assignee && key.equals(r.correction().finalValue());
    }

    private static String swap(String value, String oldKey, String newKey) {
        return oldKey.equals(value) ? newKey : value;
    }

    private static AuditRecord withPredicted(AuditRecord r, String predicted) {
        return new AuditRecord(
                r.id(),
                r.issueId(),
                r.projectKey(),
                r.time(),
                r.field(),
                predicted,
                r.confidence(),
                r.modelVersion(),
                r.mode(),
                r.verdict(),
                r.applied(),
                r.correction(),
                r.note());
    }
}
