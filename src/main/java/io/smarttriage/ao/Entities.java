package io.smarttriage.ao;

import java.util.List;
import net.java.ao.RawEntity;

/** Every entity of the app, as listed in the descriptor's {@code <ao>} module. */
public final class Entities {
    /** The entity types, in migration order. */
    public static final List<Class<? extends RawEntity<?>>> ALL =
            List.of(
                    ProjectConfigEntity.class,
                    FieldSettingEntity.class,
                    DecisionEntity.class,
                    PendingWorkEntity.class,
                    WorkClaimEntity.class,
                    TrainingExampleEntity.class,
                    ModelVersionEntity.class);

    private Entities() {}
}
