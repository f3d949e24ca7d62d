package com.atlassian.jira.user.anonymize;

/** Host API stub: the value of a user property (key or name) before and after the change. */
public class UserPropertyChangeParameter {
    protected UserPropertyChangeParameter() {}

    public String getOriginal() {
        throw new UnsupportedOperationException("host API stub");
    }

    public String getTarget() {
        throw new UnsupportedOperationException("host API stub");
    }
}
