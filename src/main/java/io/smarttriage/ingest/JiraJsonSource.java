package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads Jira REST JSON exports. */
final class JiraJsonSource implements TicketSource {
    private final Path file;

    private JiraJsonSource(Path file) {
        this.file = file;
    }

    static TicketSource of(Path file, IngestOptions options) {
        return new JiraJsonSource(file);
    }

    @Override
    public IngestSummary read(Consumer<Ticket> sink) throws IngestException {
        throw new IngestException("'" + file + "': format jira-json is not implemented yet");
    }
}
