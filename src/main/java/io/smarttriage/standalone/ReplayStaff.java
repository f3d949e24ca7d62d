package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.AgentDirectory;
import io.smarttriage.governance.AgentStatus;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.WorkloadSource;
import io.smarttriage.routing.OpenRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The replay's stand-in for Jira's user directory and issue search, read from the export as of the
 * replay's current time. An agent's account counts as active from the creation of the first request
 * assigned to them to the creation of the last one, as if an admin added people to the agent pool
 * when they joined and deactivated them when they left. Open work is every request created before
 * the current time and not yet resolved, held by its final assignee; the export does not say who
 * held a request before that.
 */
final class ReplayStaff implements AgentDirectory, WorkloadSource {
    private final List<Ticket> issues;
    private final Supplier<Instant> now;
    private final Map<String, Instant[]> windows = new TreeMap<>();

    /**
     * @param issues the replay's requests, in creation order
     * @param now the replay's current time, the creation of the request being triaged
     */
    ReplayStaff(List<Ticket> issues, Supplier<Instant> now) {
        this.issues = List.copyOf(issues);
        this.now = now;
        for (Ticket t : issues) {
            if (assigned(t)) {
                windows.merge(
                        t.assignee(),
                        new Instant[] {t.created(), t.created()},
                        (a, b) -> new Instant[] {min(a[0], b[0]), max(a[1], b[1])});
            }
        }
    }

    /**
     * Returns every assignee of a project's requests, sorted: the agent pool an admin would set.
     */
    static List<String> poolOf(List<Ticket> projectIssues) {
        Set<String> pool = new TreeSet<>();
        for (Ticket t : projectIssues) {
            if (assigned(t)) {
                pool.add(t.assignee());
            }
        }
        return List.copyOf(pool);
    }

    @Override
    public List<AgentStatus> statusOf(List<String> userKeys) {
        Instant at = now.get();
        List<AgentStatus> statuses = new ArrayList<>();
        for (String key : userKeys) {
            Instant[] window = windows.get(key);
            boolean active = window != null && !at.isBefore(window[0]) && !at.isAfter(window[1]);
            statuses.add(new AgentStatus(key, active, true));
        }
        return statuses;
    }

    @Override
    public List<OpenRequest> openWork(ProjectConfig config, List<String> agents) {
        Instant at = now.get();
        Set<String> wanted = new HashSet<>(agents);
        List<OpenRequest> open = new ArrayList<>();
        for (Ticket t : issues) {
            if (!t.created().isBefore(at)) {
                break;
            }
            boolean resolved = t.resolved() != null && !t.resolved().isAfter(at);
            if (assigned(t) && !resolved && wanted.contains(t.assignee())) {
                open.add(new OpenRequest(t.key(), t.assignee(), t.priority(), t.created()));
            }
        }
        return open;
    }

    private static boolean assigned(Ticket t) {
        return t.assignee() != null && !t.assignee().isBlank() && t.created() != null;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
