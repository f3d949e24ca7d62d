package io.smarttriage.standalone;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The replay coordinator's word to the node processes: after a round, retrain on the first {@code
 * history} requests; or, on the last row, stop once no work is left. Replay only, not an app table.
 */
@Table("REPLAY_ROUND")
public interface ReplayRoundEntity extends Entity {
    @NotNull
    @Unique
    int getRoundNo();

    void setRoundNo(int round);

    int getHistory();

    void setHistory(int requests);

    boolean isFinish();

    void setFinish(boolean finish);
}
