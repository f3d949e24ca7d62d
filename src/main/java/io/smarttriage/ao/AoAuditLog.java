package io.smarttriage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AuditLog;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.Correction;
import io.smarttriage.governance.Feedback;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** The audit log in Active Objects. */
public class AoAuditLog implements AuditLog {
    private final ActiveObjects ao;

    /** Creates a log on the app's Active Objects. */
    public AoAuditLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public AuditRecord append(AuditRecord record) {
        DecisionEntity row = ao.create(DecisionEntity.class, columns(record));
        return record.withId(row.getID());
    }

    @Override
    public void correct(long id, Correction correction) {
        DecisionEntity row = existing(id);
        row.setFeedback(correction.feedback().name());
        row.setFeedbackUser(Columns.text("FEEDBACK_USER", correction.userKey()));
        row.setFinalValue(Columns.text("FINAL_VALUE", correction.finalValue()));
        row.setFeedbackAt(Columns.date(correction.time()));
        row.save();
    }

    @Override
    public Optional<AuditRecord> find(long id) {
        DecisionEntity[] rows = ao.find(DecisionEntity.class, "ID = ?", (int) id);
        return rows.length == 0 ? Optional.empty() : Optional.of(DecisionRows.record(rows[0]));
    }

    @Override
    public List<AuditRecord> forIssue(long issueId) {
        Query query = Query.select().where("ISSUE_ID = ?", issueId).order("ID ASC");
        return records(ao.find(DecisionEntity.class, query));
    }

    @Override
    public List<AuditRecord> recent(
            String projectKey, TargetField field, Action action, int limit) {
        Query query =
                Query.select()
                        .where(
                                "PROJECT_KEY = ? AND FIELD = ? AND ACTION = ?",
                                projectKey,
                                field.name(),
                                action.name())
                        .order("ID DESC")
                        .limit(limit);
        return records(ao.find(DecisionEntity.class, query));
    }

    @Override
    public List<String> givenAssignees(String projectKey, boolean shadow, int limit) {
        String given =
                shadow
                        ? "MODE = ? AND ACTION = ?"
                        : "(APPLIED = ? OR ACTION = ? OR (ACTION = ? AND REASON = ?))";
        List<Object> values = new ArrayList<>(List.of(projectKey, TargetField.ASSIGNEE.name()));
        if (shadow) {
            values.addAll(List.of(FieldMode.SHADOW.name(), Action.RECORD_ONLY.name()));
        } else {
            values.addAll(
                    List.of(
                            Boolean.TRUE,
                            Action.SUGGEST.name(),
                            Action.FAILED.name(),
                            Reason.APPLY_FAILED.name()));
        }
        Query query =
                Query.select("ID, PREDICTED")
                        .where(
                                "PROJECT_KEY = ? AND FIELD = ? AND PREDICTED IS NOT NULL AND "
                                        + given,
                                values.toArray())
                        .order("ID DESC")
                        .limit(limit);
        return Arrays.stream(ao.find(DecisionEntity.class, query))
                .map(DecisionEntity::getPredicted)
                .toList();
    }

    @Override
    public List<AuditRecord> judgedSince(String projectKey, Instant since, int limit) {
        Query query =
                Query.select()
                        .where(
                                "PROJECT_KEY = ? AND DECIDED_AT >= ? AND FEEDBACK <> ?",
                                projectKey,
                                Columns.date(since),
                                Feedback.NONE.name())
                        .order("DECIDED_AT ASC, ID ASC")
                        .limit(limit);
        return records(ao.find(DecisionEntity.class, query));
    }

    @Override
    public int removeIssue(long issueId) {
        return ao.deleteWithSQL(DecisionEntity.class, "ISSUE_ID = ?", issueId);
    }

    @Override
    public int countUser(String userKey) {
        return naming(userKey).length;
    }

    @Override
    public int renameUser(String oldKey, String newKey) {
        String key = Columns.text("FEEDBACK_USER", newKey);
        DecisionEntity[] rows = naming(oldKey);
        for (DecisionEntity row : rows) {
            row.setFeedbackUser(swap(row.getFeedbackUser(), oldKey, key));
            if (TargetField.ASSIGNEE.name().equals(row.getField())) {
                row.setPredicted(swap(row.getPredicted(), oldKey, key));
                row.setFinalValue(swap(row.getFinalValue(), oldKey, key));
            }
            row.save();
        }
        return rows.length;
    }

    @Override
    public int forgetUser(String userKey) {
        DecisionEntity[] rows = ao.find(DecisionEntity.class, "FEEDBACK_USER = ?", userKey);
        for (DecisionEntity row : rows) {
            row.setFeedbackUser(null);
            row.save();
        }
        return rows.length;
    }

    private DecisionEntity[] naming(String userKey) {
        return ao.find(
                DecisionEntity.class,
                "FEEDBACK_USER = ? OR (FIELD = ? AND (PREDICTED = ? OR FINAL_VALUE = ?))",
                userKey,
                TargetField.ASSIGNEE.name(),
                userKey,
                userKey);
    }

    private static String swap(String value, String oldKey, String newKey) {
        return oldKey.equals(value) ? newKey : value;
    }

    private DecisionEntity existing(long id) {
        DecisionEntity[] rows = ao.find(DecisionEntity.class, "ID = ?", (int) id);
        if (rows.length == 0) {
            throw new IllegalArgumentException("no decision with id " + id);
        }
        return rows[0];
    }

    private static List<AuditRecord> records(DecisionEntity[] rows) {
        return Arrays.stream(rows).map(DecisionRows::record).toList();
    }

    private static Map<String, Object> columns(AuditRecord r) {
        Map<String, Object> c = new HashMap<>();
        c.put("ISSUE_ID", r.issueId());
        c.put("PROJECT_KEY", Columns.text("PROJECT_KEY", r.projectKey()));
        c.put("DECIDED_AT", Columns.date(r.time()));
        c.put("FIELD", r.field().name());
        c.put("PREDICTED", Columns.text("PREDICTED", r.predictedValue()));
        c.put("CONFIDENCE", r.confidence());
        c.put("MODEL_VERSION", Columns.text("MODEL_VERSION", r.modelVersion()));
        c.put("MODE", r.mode().name());
        c.put("ACTION", r.verdict().action().name());
        c.put("REASON", r.verdict().reason().name());
        c.put("APPLIED", r.applied());
        c.put("FEEDBACK", r.correction().feedback().name());
        c.put("FEEDBACK_USER", Columns.text("FEEDBACK_USER", r.correction().userKey()));
        c.put("FINAL_VALUE", Columns.text("FINAL_VALUE", r.correction().finalValue()));
        c.put("FEEDBACK_AT", Columns.date(r.correction().time()));
        c.put("NOTE", NoteColumn.encode(r.note()));
        return c;
    }
}
