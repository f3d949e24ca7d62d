package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.AgentStatus;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.routing.OpenRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay's directory of agents and their open work, as of the replay's current time. */
class ReplayStaffTest {
    private static final Instant DAY_1 = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant DAY_5 = Instant.parse("2024-03-05T09:00:00Z");
    private static final Instant DAY_9 = Instant.parse("2024-03-09T09:00:00Z");

    private final ReplayClock clock = new ReplayClock(DAY_1);
    private final List<Ticket> issues =
            List.of(
                    request("OPS-1", DAY_1, "ana", DAY_5),
                    request("OPS-2", DAY_1.plusSeconds(60), "ben", null),
                    request("OPS-3", DAY_5, "ben", null),
                    request("OPS-4", DAY_9, "cleo", null),
                    request("OPS-5", DAY_9.plusSeconds(60), null, null));
    private final ReplayStaff staff = new ReplayStaff(issues, clock::instant);

    @Test
    void givenRequests_poolOf_listsEveryAssigneeOnceSorted() {
        List<Ticket> project = issues;

        List<String> pool = ReplayStaff.poolOf(project);

        assertThat(pool).containsExactly("ana", "ben", "cleo");
    }

    @Test
    void givenDayFour_statusOf_activeOnlyBetweenFirstAndLastAssignedRequest() {
        clock.set(DAY_5.minusSeconds(3600));

        List<AgentStatus> statuses = staff.statusOf(List.of("ana", "ben", "cleo", "dora"));

        assertThat(statuses)
                .extracting(AgentStatus::active)
                .containsExactly(false, true, false, false);
        assertThat(statuses).extracting(AgentStatus::licensed).containsOnly(true);
    }

    @Test
    void givenDayFive_openWork_holdsCreatedUnresolvedRequestsOfTheAskedAgents() {
        clock.set(DAY_5.plusSeconds(1));
        ProjectConfig config = ProjectConfig.defaults("OPS");

        List<OpenRequest> open = staff.openWork(config, List.of("ana", "ben", "cleo"));

        assertThat(open).extracting(OpenRequest::key).containsExactly("OPS-2", "OPS-3");
        assertThat(open).extracting(OpenRequest::assignee).containsOnly("ben");
    }

    @Test
    void givenMomentBeforeResolution_openWork_stillCountsTheRequest() {
        clock.set(DAY_5.minusSeconds(1));
        ProjectConfig config = ProjectConfig.defaults("OPS");

        List<OpenRequest> open = staff.openWork(config, List.of("ana"));

        assertThat(open).extracting(OpenRequest::key).containsExactly("OPS-1");
    }

    private static Ticket request(String key, Instant created, String assignee, Instant resolved) {
        return Ticket.builder(key, created)
                .project("OPS")
                .assignee(assignee)
                .resolved(resolved)
                .priority("Major")
                .build();
    }
}
