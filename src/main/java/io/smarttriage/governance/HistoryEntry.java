package io.smarttriage.governance;

import io.smarttriage.domain.Ticket;
import java.util.Objects;

/**
 * A request read for training, with the Jira issue id that corrections refer to.
 *
 * @param issueId Jira's issue id
 * @param ticket the request with the field values it holds now
 */
public record HistoryEntry(long issueId, Ticket ticket) {

    /** Checks the ticket is present. */
    public HistoryEntry {
        Objects.requireNonNull(ticket, "ticket");
    }
}
