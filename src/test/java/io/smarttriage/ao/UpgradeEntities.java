package io.smarttriage.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One table in two schema versions, to check how Active Objects adds an attempts column. */
public final class UpgradeEntities {
    private UpgradeEntities() {}

    /** The table before the attempts column existed. */
    @Table("UPGRADE_WORK")
    public interface Before extends Entity {
        @NotNull
        String getEventKey();

        void setEventKey(String eventKey);
    }

    /** The table with the attempts column, declared as on {@link PendingWorkEntity}. */
    @Table("UPGRADE_WORK")
    public interface After extends Entity {
        @NotNull
        String getEventKey();

        void setEventKey(String eventKey);

        @NotNull
        @Default("0")
        int getAttempts();

        void setAttempts(int attempts);
    }
}
