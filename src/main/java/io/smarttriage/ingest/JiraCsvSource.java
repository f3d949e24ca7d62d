package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import java.util.function.Consumer;

/** Reads Jira's own "Export &gt; CSV (all fields)" file. */
final class JiraCsvSource implements TicketSource {
    private final String name;

    JiraCsvSource(StreamOpener opener, String name, IngestOptions options) {
        this.name = name;
    }

    @Override
    public IngestSummary read(Consumer<Ticket> sink) throws IngestException {
        throw new IngestException("'" + name + "': format jira-csv is not implemented yet");
    }
}
