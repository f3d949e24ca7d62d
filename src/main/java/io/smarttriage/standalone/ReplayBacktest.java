package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;
import io.smarttriage.routing.AssignmentReplay;
import io.smarttriage.routing.PipelineTokens;
import io.smarttriage.routing.ReplayResult;
import io.smarttriage.routing.ReplaySettings;
import java.time.Instant;
import java.util.List;

/** Replays the requests after the cut in time order with the routing core's replay. */
final class ReplayBacktest {

    static final String NO_REPLAYED =
            "no assigned request after the cut has an assignee seen in training";
    static final String NO_RESOLUTIONS =
            "no assigned request has a resolution date, so open workload would never fall";

    private ReplayBacktest() {}

    /** Returns why the replay cannot run on these requests, or {@code null} if it can. */
    static String unreplayable(List<Ticket> tickets, int scoredRows) {
        if (scoredRows == 0) {
            return NO_REPLAYED;
        }
        boolean resolved =
                tickets.stream()
                        .anyMatch(t -> t.resolved() != null && AssignmentBacktest.assigned(t));
        return resolved ? null : NO_RESOLUTIONS;
    }

    /** Replays {@code tickets} created at or after {@code cut}, after learning the rest. */
    static ReplayFigures run(List<Ticket> tickets, Instant cut, AvailabilitySource availability) {
        ReplaySettings settings = ReplaySettings.defaults();
        ReplayResult result =
                new AssignmentReplay(settings, new PipelineTokens(), availability.book())
                        .run(tickets, cut);
        return ReplayFigures.of(result, settings.capacity(), availability.description());
    }
}
