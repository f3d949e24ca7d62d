package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.Comparator;

/**
 * A request opening or closing during a replay.
 *
 * @param time when it happens
 * @param opening true when the request is created, false when it is resolved
 * @param ticket the request
 */
record ReplayEvent(Instant time, boolean opening, Ticket ticket) {
    /** Time order; at equal times closings first, then by key. */
    static final Comparator<ReplayEvent> ORDER =
            Comparator.comparing(ReplayEvent::time)
                    .thenComparing(ReplayEvent::opening)
                    .thenComparing(e -> e.ticket().key());
}
