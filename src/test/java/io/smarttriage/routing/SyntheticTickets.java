package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-made ticket histories for evaluation and replay tests. */
final class SyntheticTickets {
    static final Instant CUTOFF = Instant.parse("2024-01-01T00:00:00Z");

    private SyntheticTickets() {}

    /** Adds {@code count} tickets of one component resolved by {@code agent}, a day apart. */
    static void add(
            List<Ticket> tickets,
            String agent,
            String component,
            Instant first,
            int count,
            Duration open) {
        for (int i = 0; i < count; i++) {
            Instant created = first.plus(Duration.ofDays(i)).plusSeconds(tickets.size());
            tickets.add(
                    Ticket.builder("HELP-" + (tickets.size() + 1), created)
                            .project("HELP")
                            .resolved(created.plus(open))
                            .summary(component + " broken again")
                            .assignee(agent)
                            .reporter("customer" + i % 4)
                            .priority("Major")
                            .components(List.of(component))
                            .build());
        }
    }

    /** Three specialists in training; after the cutoff, dana takes over printing. */
    static List<Ticket> takeover() {
        List<Ticket> tickets = new ArrayList<>();
        Instant start = CUTOFF.minus(Duration.ofDays(60));
        add(tickets, "alice", "Network", start, 20, Duration.ofHours(4));
        add(tickets, "bob", "Printing", start, 20, Duration.ofHours(4));
        add(tickets, "carol", "Mail", start, 20, Duration.ofHours(4));
        add(tickets, "dana", "Mail", start, 1, Duration.ofHours(4));
        add(tickets, "dana", "Printing", CUTOFF, 30, Duration.ofHours(4));
        add(tickets, "alice", "Network", CUTOFF, 10, Duration.ofHours(4));
        return tickets;
    }
}
