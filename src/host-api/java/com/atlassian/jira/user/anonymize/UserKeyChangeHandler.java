package com.atlassian.jira.user.anonymize;

/** Host API stub: told when Jira changes a user key (module {@code user-key-change-handler}). */
public interface UserKeyChangeHandler extends AnonymizationHandler<UserPropertyChangeParameter> {}
