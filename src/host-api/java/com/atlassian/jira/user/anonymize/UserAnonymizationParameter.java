package com.atlassian.jira.user.anonymize;

/** Host API stub: the user being anonymized. */
public class UserAnonymizationParameter {
    protected UserAnonymizationParameter() {}

    public String getUserKey() {
        throw new UnsupportedOperationException("host API stub");
    }
}
