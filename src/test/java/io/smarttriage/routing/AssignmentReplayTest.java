package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentReplayTest {
    private static final ReplaySettings SETTINGS =
            new ReplaySettings(
                    3,
                    WorkloadWeights.flat(),
                    DeskSettings.defaults().withThreshold(0),
                    ExpertiseSettings.defaults());

    @Test
    void givenOneAgentTookEverything_whenReplayed_thenAppSpreadsLoadMoreEvenly() {
        List<Ticket> tickets = new ArrayList<>();
        Instant start = SyntheticTickets.CUTOFF.minus(Duration.ofDays(40));
        for (String agent : List.of("alice", "bob", "carol")) {
            SyntheticTickets.add(tickets, agent, "Printing", start, 10, Duration.ofHours(2));
        }
        SyntheticTickets.add(
                tickets, "alice", "Printing", SyntheticTickets.CUTOFF, 30, Duration.ofDays(5));

        ReplayResult result =
                new AssignmentReplay(
                                SETTINGS, new RequestTokens(), AvailabilityBook.alwaysAvailable())
                        .run(tickets, SyntheticTickets.CUTOFF);

        assertThat(result.requests()).isEqualTo(30);
        assertThat(result.actualBusiestShare()).isEqualTo(1.0);
        assertThat(result.appBusiestShare()).isLessThan(result.actualBusiestShare());
        assertThat(result.appGini()).isLessThan(result.actualGini());
        assertThat(result.actualEligibleShare()).isLessThan(1.0);
    }

    @Test
    void givenAgentAwayAllPeriod_whenReplayed_thenAppNeverPicksThem() {
        List<Ticket> tickets = new ArrayList<>();
        Instant start = SyntheticTickets.CUTOFF.minus(Duration.ofDays(40));
        SyntheticTickets.add(tickets, "alice", "Printing", start, 10, Duration.ofHours(2));
        SyntheticTickets.add(tickets, "bob", "Printing", start, 10, Duration.ofHours(2));
        SyntheticTickets.add(
                tickets, "alice", "Printing", SyntheticTickets.CUTOFF, 10, Duration.ofHours(2));
        AvailabilityBook book = AvailabilityBook.alwaysAvailable();
        book.setPaused("alice", true);

        ReplayResult result =
                new AssignmentReplay(SETTINGS, new RequestTokens(), book)
                        .run(tickets, SyntheticTickets.CUTOFF);

        assertThat(result.agreement()).isZero();
        assertThat(result.actualEligibleShare()).isZero();
        assertThat(result.appBusiestShare()).isEqualTo(1.0);
    }

    @Test
    void givenOneAgentTookEverything_whenReplayed_thenTopSharesSumTheAppsAssignments() {
        List<Ticket> tickets = new ArrayList<>();
        Instant start = SyntheticTickets.CUTOFF.minus(Duration.ofDays(40));
        for (String agent : List.of("alice", "bob", "carol")) {
            SyntheticTickets.add(tickets, agent, "Printing", start, 10, Duration.ofHours(2));
        }
        SyntheticTickets.add(
                tickets, "alice", "Printing", SyntheticTickets.CUTOFF, 30, Duration.ofDays(5));

        ReplayResult result =
                new AssignmentReplay(
                                SETTINGS, new RequestTokens(), AvailabilityBook.alwaysAvailable())
                        .run(tickets, SyntheticTickets.CUTOFF);

        List<AgentShare> shares = result.appShares();
        assertThat(shares).hasSize(3);
        assertThat(shares.stream().mapToInt(AgentShare::assigned).sum()).isEqualTo(30);
        assertThat(shares.get(0).share()).isEqualTo(result.appBusiestShare());
        assertThat(shares).allSatisfy(s -> assertThat(s.capacityShare()).isEqualTo(1.0 / 3));
    }
}
