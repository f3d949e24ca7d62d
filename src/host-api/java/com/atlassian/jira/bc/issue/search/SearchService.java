package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Host API stub: permission-checked issue search (only the methods the app calls). */
public interface SearchService {
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** Host API stub: the outcome of parsing a JQL string. */
    final class ParseResult {
        private ParseResult() {}

        public Query getQuery() {
            throw new UnsupportedOperationException("stub");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
