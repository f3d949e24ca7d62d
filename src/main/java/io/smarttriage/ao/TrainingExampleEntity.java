package io.smarttriage.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A value a person chose for a field; the request text is read from Jira when training. */
@Table("TRAINING_EXAMPLE")
public interface TrainingExampleEntity extends Entity {
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getField();

    void setField(String field);

    @NotNull
    String getChosen();

    void setChosen(String value);

    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getChosenAt();

    void setChosenAt(Date time);
}
