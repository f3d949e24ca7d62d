package io.smarttriage.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.WorkloadSource;
import io.smarttriage.routing.OpenRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the agents' open work from Jira: one search for unresolved issues assigned to any active
 * agent of the pool, in any project the automation user can see, oldest first, page by page and
 * capped at {@value #MAX_OPEN} issues (never an unlimited filter). Each node keeps the result for
 * {@link #FRESH} and adds what the app assigns meanwhile, so a burst of requests does not all go to
 * the same agent; the next read replaces those additions with what Jira holds.
 */
public class JiraWorkload implements WorkloadSource {
    /** How long one read serves on this node. */
    static final Duration FRESH = Duration.ofSeconds(30);

    /** Issues per search page. */
    static final int PAGE_SIZE = 500;

    /** Most open issues read per project and read; beyond it the loads are undercounted. */
    static final int MAX_OPEN = 2_000;

    private static final Logger log = LoggerFactory.getLogger(JiraWorkload.class);

    private final SearchService search;
    private final UserManager users;
    private final Clock clock;
    private final Map<String, Read> reads = new ConcurrentHashMap<>();

    /** Creates the source over Jira search. */
    public JiraWorkload(SearchService search, UserManager users) {
        this(search, users, Clock.systemUTC());
    }

    JiraWorkload(SearchService search, UserManager users, Clock clock) {
        this.search = search;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<OpenRequest> openWork(ProjectConfig config, List<String> agents) {
        Instant now = clock.instant();
        Read known = reads.get(config.projectKey());
        if (known != null && known.agents().equals(agents) && now.isBefore(known.until())) {
            return known.open();
        }
        List<OpenRequest> open = List.copyOf(read(config, agents));
        reads.put(config.projectKey(), new Read(List.copyOf(agents), now.plus(FRESH), open));
        return open;
    }

    @Override
    public void routed(ProjectConfig config, OpenRequest request) {
        reads.computeIfPresent(
                config.projectKey(),
                (project, read) -> {
                    List<OpenRequest> more = new ArrayList<>(read.open());
                    more.removeIf(open -> open.key().equals(request.key()));
                    more.add(request);
                    return new Read(read.agents(), read.until(), List.copyOf(more));
                });
    }

    private List<OpenRequest> read(ProjectConfig config, List<String> agents) {
        String key = config.automationUserKey();
        ApplicationUser searcher = key == null ? null : users.getUserByKey(key);
        if (searcher == null) {
            throw new IllegalStateException(
                    "project "
                            + config.projectKey()
                            + ": open work is read as the automation user, and none is valid");
        }
        List<String> names = new ArrayList<>();
        for (String agent : agents) {
            ApplicationUser user = users.getUserByKey(agent);
            if (user != null && user.isActive()) {
                names.add(user.getUsername());
            }
        }
        if (names.isEmpty()) {
            return List.of();
        }
        try {
            return pages(searcher, OpenWorkQuery.parse(search, searcher, names), config);
        } catch (SearchException e) {
            throw new IllegalStateException(
                    "project " + config.projectKey() + ": search for open work failed", e);
        }
    }

    private List<OpenRequest> pages(ApplicationUser searcher, Query query, ProjectConfig config)
            throws SearchException {
        List<OpenRequest> open = new ArrayList<>();
        int seen = 0;
        while (seen < MAX_OPEN) {
            int size = Math.min(PAGE_SIZE, MAX_OPEN - seen);
            SearchResults<Issue> page =
                    search.search(searcher, query, new PagerFilter<>(seen, size));
            for (Issue issue : page.getResults()) {
                openRequest(issue).ifPresent(open::add);
            }
            seen += page.getResults().size();
            if (page.getResults().size() < size || seen >= page.getTotal()) {
                return open;
            }
        }
        log.warn(
                "Project {}: the agents hold more than {} open issues; only the oldest {} count as"
                        + " load",
                config.projectKey(),
                MAX_OPEN,
                MAX_OPEN);
        return open;
    }

    private static Optional<OpenRequest> openRequest(Issue issue) {
        if (issue.getAssignee() == null || issue.getCreated() == null) {
            return Optional.empty();
        }
        return Optional.of(
                new OpenRequest(
                        issue.getKey(),
                        issue.getAssignee().getKey(),
                        issue.getPriority() == null ? null : issue.getPriority().getName(),
                        issue.getCreated().toInstant()));
    }

    private record Read(List<String> agents, Instant until, List<OpenRequest> open) {}
}
