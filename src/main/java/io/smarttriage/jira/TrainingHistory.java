package io.smarttriage.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a project's resolved requests for training through Jira search, page by page and capped
 * (never an unlimited filter), newest first, with the field values people left on them; the
 * category is the request type id, so the category model learns the project's request types.
 */
public class TrainingHistory {
    /** Issues per search page. */
    static final int PAGE_SIZE = 500;

    /** Most issues read per project and run. */
    static final int MAX_ISSUES = 20_000;

    private final SearchService search;
    private final IssueFields fields;

    /** Creates the reader. */
    public TrainingHistory(SearchService search, IssueFields fields) {
        this.search = search;
        this.fields = fields;
    }

    /** Returns up to {@value #MAX_ISSUES} resolved requests of the project as {@code user} sees. */
    public List<Ticket> read(ApplicationUser user, String projectKey) throws SearchException {
        return entries(user, projectKey).stream().map(HistoryEntry::ticket).toList();
    }

    /** Returns the same requests as {@link #read}, each with its issue id. */
    public List<HistoryEntry> entries(ApplicationUser user, String projectKey)
            throws SearchException {
        Query query = parse(user, projectKey);
        List<HistoryEntry> tickets = new ArrayList<>();
        while (tickets.size() < MAX_ISSUES) {
            int size = Math.min(PAGE_SIZE, MAX_ISSUES - tickets.size());
            SearchResults<Issue> page =
                    search.search(user, query, new PagerFilter<>(tickets.size(), size));
            page.getResults()
                    .forEach(
                            issue -> tickets.add(new HistoryEntry(issue.getId(), labelled(issue))));
            if (page.getResults().size() < size || tickets.size() >= page.getTotal()) {
                break;
            }
        }
        return tickets;
    }

    Ticket labelled(Issue issue) {
        Map<TargetField, String> values = fields.values(issue);
        Ticket base = IssueFields.ticket(issue);
        return Ticket.builder(base.key(), base.created())
                .resolved(
                        issue.getResolutionDate() == null
                                ? null
                                : issue.getResolutionDate().toInstant())
                .project(base.project())
                .summary(base.summary())
                .description(base.description())
                .reporter(base.reporter())
                .category(values.get(TargetField.CATEGORY))
                .priority(values.get(TargetField.PRIORITY))
                .assignee(values.get(TargetField.ASSIGNEE))
                .components(base.components())
                .build();
    }

    private Query parse(ApplicationUser user, String projectKey) {
        if (!projectKey.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException(
                    "project key '" + projectKey + "' must match [A-Z][A-Z0-9_]*");
        }
        String jql =
                "project = \""
                        + projectKey
                        + "\" AND resolution IS NOT EMPTY ORDER BY created DESC";
        SearchService.ParseResult result = search.parseQuery(user, jql);
        if (!result.isValid()) {
            throw new IllegalArgumentException("training history query is not valid JQL: " + jql);
        }
        return result.getQuery();
    }
}
