package com.atlassian.jira.user.anonymize;

/** Host API stub: told to delete or anonymize a user's personal data. */
public interface UserAnonymizationHandler
        extends AnonymizationHandler<UserAnonymizationParameter> {}
