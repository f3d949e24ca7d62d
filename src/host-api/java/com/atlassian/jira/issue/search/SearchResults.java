package com.atlassian.jira.issue.search;

import java.util.List;

/** Host API stub: one page of search results. */
public class SearchResults<T> {
    public List<T> getResults() {
        throw new UnsupportedOperationException("stub");
    }

    public int getTotal() {
        throw new UnsupportedOperationException("stub");
    }
}
