package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Division into history and requests to triage: time cut, default cut, every fifth row. */
class HistorySplitTest {

    private static final Instant DAY_ONE = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void givenUndatedTickets_of_holdsOutEveryFifthRow() {
        List<Ticket> tickets = tickets(12, false);

        HistorySplit split = HistorySplit.of(tickets, null);

        assertThat(split.test()).extracting(Ticket::key).containsExactly("T-0", "T-5", "T-10");
        assertThat(split.train()).hasSize(9);
        assertThat(split.info().method()).isEqualTo("every-fifth");
    }

    @Test
    void givenCut_of_trainsOnRequestsCreatedBeforeIt() {
        List<Ticket> tickets = tickets(10, true);

        HistorySplit split = HistorySplit.of(tickets, DAY_ONE.plusSeconds(86_400 * 6));

        assertThat(split.train())
                .extracting(Ticket::key)
                .containsExactly("T-0", "T-1", "T-2", "T-3", "T-4", "T-5");
        assertThat(split.test()).hasSize(4);
        assertThat(split.info().cutGiven()).isTrue();
    }

    @Test
    void givenNoCut_of_cutsAfterEightyPercentOfTheHistory() {
        List<Ticket> tickets = tickets(10, true);

        HistorySplit split = HistorySplit.of(tickets, null);

        assertThat(split.train()).hasSize(8);
        assertThat(split.info().cut()).isEqualTo(DAY_ONE.plusSeconds(86_400 * 8).toString());
    }

    @Test
    void givenCutAfterEveryRequest_of_failsNamingTheDateRange() {
        List<Ticket> tickets = tickets(10, true);
        Instant cut = Instant.parse("2030-01-01T00:00:00Z");

        Throwable thrown = catchThrowable(() -> HistorySplit.of(tickets, cut));

        assertThat(thrown)
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--train-until 2030-01-01T00:00:00Z")
                .hasMessageContaining("no request was created on or after it")
                .hasMessageContaining("2024-01-10");
    }

    @Test
    void givenMostRequestsAtTheFirstInstantAndNoCut_of_failsNamingTheDefaultCutNotTheOption() {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tickets.add(
                    Ticket.builder("T-" + i, i < 9 ? DAY_ONE : DAY_ONE.plusSeconds(60)).build());
        }

        Throwable thrown = catchThrowable(() -> HistorySplit.of(tickets, null));

        assertThat(thrown)
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cannot split by time: the default cut")
                .hasMessageContaining("no request was created before it")
                .hasMessageContaining("10 dated requests were created from 2024-01-01T00:00:00Z")
                .hasMessageContaining("give --train-until")
                .hasMessageNotContaining("--train-until 2024");
    }

    private static List<Ticket> tickets(int count, boolean dated) {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant created = dated ? DAY_ONE.plusSeconds(86_400L * i) : null;
            tickets.add(Ticket.builder("T-" + i, created).category("c" + i % 2).build());
        }
        return tickets;
    }
}
