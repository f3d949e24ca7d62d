package io.smarttriage.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One row per configured project; field settings are in {@link FieldSettingEntity}. */
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
}
