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
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a project's resolved requests for training through Jira search, page by page and capped
 * (never an unlimited filter), newest first, with the field values people left on them; the
 * category is the request type id, so the category model learns the project's request types.
 *
 * <p>Jira search pages by offset, and issues resolved, reopened, moved or deleted while the pages
 * are read shift the later pages. So the results are ordered by creation time and key (a stable
 * order for issues already created), each page after the first starts {@value #OVERLAP} results
 * before where the last one ended, issues are kept once by id, and issues created after the read
 * started are left out. A page whose first result was not seen before means more than {@value
 * #OVERLAP} issues left the results in between; the read then steps back a page, a few times at
 * most. The bound on creation time is applied to the results, not in the JQL: JQL compares dates to
 * the minute, in the searching user's time zone.
 */
public class TrainingHistory {
    /** Issues per search page. */
    static final int PAGE_SIZE = 500;

    /** Most issues read per project and run. */
    static final int MAX_ISSUES = 20_000;

    /** Results each page re-reads from the end of the page before. */
    static final int OVERLAP = 50;

    /** Most times one read steps back a page after the results shifted by more than the overlap. */
    static final int MAX_STEP_BACKS = 5;

    private static final Logger log = LoggerFactory.getLogger(TrainingHistory.class);

    private final SearchService search;
    private final IssueFields fields;
    private final Clock clock;

    /** Creates the reader. */
    public TrainingHistory(SearchService search, IssueFields fields) {
        this(search, fields, Clock.systemUTC());
    }

    TrainingHistory(SearchService search, IssueFields fields, Clock clock) {
        this.search = search;
        this.fields = fields;
        this.clock = clock;
    }

    /** Returns up to {@value #MAX_ISSUES} resolved requests of the project as {@code user} sees. */
    public List<Ticket> read(ApplicationUser user, String projectKey) throws SearchException {
        return entries(user, projectKey).stream().map(HistoryEntry::ticket).toList();
    }

    /** Returns the same requests as {@link #read}, each with its issue id, each issue once. */
    public List<HistoryEntry> entries(ApplicationUser user, String projectKey)
            throws SearchException {
        Instant started = clock.instant();
        Query query = parse(user, projectKey);
        Map<Long, HistoryEntry> read = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        int next = 0;
        int stepBacks = 0;
        while (read.size() < MAX_ISSUES) {
            int start = Math.max(0, next - OVERLAP);
            SearchResults<Issue> page =
                    search.search(user, query, new PagerFilter<>(start, PAGE_SIZE));
            List<Issue> results = page.getResults();
            if (start > 0 && !results.isEmpty() && !seen.contains(results.get(0).getId())) {
                if (stepBacks < MAX_STEP_BACKS) {
                    stepBacks++;
                    next = Math.max(0, start - PAGE_SIZE + OVERLAP);
                    continue;
                }
                log.warn(
                        "Project {}: resolved requests kept changing while they were read;"
                                + " some may be missing from this training run",
                        projectKey);
            }
            for (Issue issue : results) {
                seen.add(issue.getId());
                if (read.size() < MAX_ISSUES
                        && createdBefore(issue, started)
                        && !read.containsKey(issue.getId())) {
                    read.put(issue.getId(), new HistoryEntry(issue.getId(), labelled(issue)));
                }
            }
            next = start + results.size();
            if (results.size() < PAGE_SIZE || next >= page.getTotal()) {
                break;
            }
        }
        return List.copyOf(read.values());
    }

    private static boolean createdBefore(Issue issue, Instant started) {
        return issue.getCreated() == null || issue.getCreated().toInstant().isBefore(started);
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
                        + "\" AND resolution IS NOT EMPTY ORDER BY created DESC, key DESC";
        SearchService.ParseResult result = search.parseQuery(user, jql);
        if (!result.isValid()) {
            throw new IllegalArgumentException("training history query is not valid JQL: " + jql);
        }
        return result.getQuery();
    }
}
