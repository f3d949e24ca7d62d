package io.smarttriage.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A node's claim on a pending task. The unique task id makes the claim atomic: the database lets
 * exactly one node insert it.
 */
@Table("WORK_CLAIM")
public interface WorkClaimEntity extends Entity {
    @Unique
    int getTaskId();

    void setTaskId(int taskId);

    @NotNull
    String getNode();

    void setNode(String node);

    @NotNull
    @Indexed
    Date getClaimedAt();

    void setClaimedAt(Date time);
}
