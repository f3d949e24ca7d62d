package io.smarttriage.governance;

import io.smarttriage.domain.Ticket;
import java.util.Optional;

/** Port: reads one request by issue id, for corrections on issues outside the training window. */
public interface TicketLookup {

    /**
     * Returns the request with its current field values, or empty when the issue was deleted, can
     * not be read or no longer belongs to the project.
     */
    Optional<Ticket> find(long issueId, String projectKey);
}
