package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Replays the test period of a time split in time order, once with the actual assignees and once
 * with the app's decisions, keeping live workload as requests open (created) and close (resolved).
 *
 * <p>The pool is the assignees of the training period, each with the same capacity; the expertise
 * model learns the training period, then each replayed request when it is resolved. Requests still
 * open at the cutoff start as workload of their actual assignees in both runs. The replayed
 * requests are the test rows of {@link AssignmentEvaluation}. Suggestions count as taken by the
 * suggested agent, as if a person accepted them.
 */
public final class AssignmentReplay {
    private final ReplaySettings settings;
    private final Function<Ticket, List<String>> tokens;
    private final AvailabilityBook availability;

    /** Returns a replay with these settings, text tokens and agent availability. */
    public AssignmentReplay(
            ReplaySettings settings,
            Function<Ticket, List<String>> tokens,
            AvailabilityBook availability) {
        this.settings = settings;
        this.tokens = tokens;
        this.availability = availability;
    }

    /** Replays {@code tickets} created at or after {@code cutoff}, after learning the rest. */
    public ReplayResult run(List<Ticket> tickets, Instant cutoff) {
        ReplayData data =
                ReplayData.split(
                        tickets,
                        cutoff,
                        ticket -> RequestFeatures.of(ticket, tokens.apply(ticket)));
        return new ReplayRun(settings, availability, data).run();
    }
}
