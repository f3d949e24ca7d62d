package com.atlassian.jira.issue.search;

/** Host API stub: checked exception of a failed search. */
public class SearchException extends Exception {
    public SearchException(String message) {
        super(message);
    }
}
