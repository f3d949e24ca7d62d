package io.smarttriage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AuditLog;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.Correction;
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
        c.put("NOTE", Columns.note(r.note()));
        return c;
    }
}
