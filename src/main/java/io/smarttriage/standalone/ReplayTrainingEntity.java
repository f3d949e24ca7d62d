package io.smarttriage.standalone;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The lock of one retraining round: the unique round lets exactly one node insert the row and
 * train; it sets {@code done} when the new models are stored. Replay only, not an app table.
 */
@Table("REPLAY_TRAINING")
public interface ReplayTrainingEntity extends Entity {
    @NotNull
    @Unique
    int getRoundNo();

    void setRoundNo(int round);

    @NotNull
    String getNode();

    void setNode(String node);

    boolean isDone();

    void setDone(boolean done);
}
