package io.smarttriage.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Work queued after an issue event; identifiers only. */
@Table("PENDING_WORK")
public interface PendingWorkEntity extends Entity {
    @NotNull
    @Unique
    String getEventKey();

    void setEventKey(String eventKey);

    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getKind();

    void setKind(String kind);

    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    Date getQueuedAt();

    void setQueuedAt(Date time);

    /** Failed attempts so far; rows stored before the column existed read 0. */
    @NotNull
    @Default("0")
    int getAttempts();

    void setAttempts(int attempts);
}
