package com.atlassian.jira.util;

/** Host API stub: the plain error collection. */
public class SimpleErrorCollection implements ErrorCollection {
    public SimpleErrorCollection() {
        throw new UnsupportedOperationException("host API stub");
    }

    public void addErrorMessage(String message) {
        throw new UnsupportedOperationException("host API stub");
    }
}
