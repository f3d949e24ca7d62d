package io.smarttriage.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Settings of one field of one project. */
@Table("FIELD_SETTING")
public interface FieldSettingEntity extends Entity {
    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getField();

    void setField(String field);

    String getMode();

    void setMode(String mode);

    double getThreshold();

    void setThreshold(double threshold);

    double getPrecisionTarget();

    void setPrecisionTarget(double target);
}
