package io.smarttriage.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per configured project; field settings are in {@link FieldSettingEntity}. A save replaces
 * the row (new id, next version) in the same transaction as the field rows.
 */
@Table("PROJECT_CONFIG")
public interface ProjectConfigEntity extends Entity {
    @NotNull
    @Unique
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    boolean isEnabled();

    void setEnabled(boolean enabled);

    String getAutomationUser();

    void setAutomationUser(String userKey);

    /** User keys, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getAgentPool();

    void setAgentPool(String userKeys);

    String getStrategy();

    void setStrategy(String strategy);

    boolean isCustomerNotice();

    void setCustomerNotice(boolean notice);

    /** How many times the configuration was saved; {@code null} on rows of older app versions. */
    Long getConfigVersion();

    void setConfigVersion(Long version);
}
