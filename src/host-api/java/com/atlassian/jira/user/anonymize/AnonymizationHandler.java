package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import java.util.Collection;

/** Host API stub: an app's part in Jira's user anonymization, for one kind of parameter. */
public interface AnonymizationHandler<T> {
    Collection<AffectedEntity> getAffectedEntities(T parameter);

    ServiceResult update(T parameter);

    int getNumberOfTasks(T parameter);
}
