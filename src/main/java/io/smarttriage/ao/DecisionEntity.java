package io.smarttriage.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One audit log entry: a decision about one field of one issue. Holds no request text. The two
 * composite indexes serve the per-project reads: a field's newest decisions (precision monitor,
 * routing history), which the database reads backwards along the index's id order and stops at the
 * limit instead of sorting all of the field's decisions, and the decisions of a time window
 * (accuracy).
 */
@Table("DECISION")
@Indexes({
    @Index(
            name = "project_field_id",
            methodNames = {"getProjectKey", "getField", "getID"}),
    @Index(
            name = "project_time",
            methodNames = {"getProjectKey", "getDecidedAt"})
})
public interface DecisionEntity extends Entity {
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    Date getDecidedAt();

    void setDecidedAt(Date time);

    @NotNull
    String getField();

    void setField(String field);

    String getPredicted();

    void setPredicted(String value);

    double getConfidence();

    void setConfidence(double confidence);

    String getModelVersion();

    void setModelVersion(String version);

    String getMode();

    void setMode(String mode);

    String getAction();

    void setAction(String action);

    String getReason();

    void setReason(String reason);

    boolean isApplied();

    void setApplied(boolean applied);

    String getFeedback();

    void setFeedback(String feedback);

    String getFeedbackUser();

    void setFeedbackUser(String userKey);

    String getFinalValue();

    void setFinalValue(String value);

    Date getFeedbackAt();

    void setFeedbackAt(Date time);

    String getNote();

    void setNote(String note);
}
