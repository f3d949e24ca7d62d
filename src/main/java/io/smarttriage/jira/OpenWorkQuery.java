package io.smarttriage.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JQL for the agents' open work. JQL names users by user name, so the names are looked up for
 * the query only; they are quoted and escaped, and neither logged nor stored.
 */
final class OpenWorkQuery {
    private OpenWorkQuery() {}

    /** Returns the JQL for unresolved issues assigned to any of {@code userNames}. */
    static String jql(List<String> userNames) {
        return "assignee in ("
                + userNames.stream().map(OpenWorkQuery::quoted).collect(Collectors.joining(", "))
                + ") AND resolution IS EMPTY ORDER BY created ASC";
    }

    static Query parse(SearchService search, ApplicationUser searcher, List<String> userNames) {
        SearchService.ParseResult result = search.parseQuery(searcher, jql(userNames));
        if (!result.isValid()) {
            throw new IllegalStateException(
                    "the open-work query for " + userNames.size() + " agents is not valid JQL");
        }
        return result.getQuery();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
