package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers that write small export files and read them back in full. */
final class Exports {
    private Exports() {}

    /** Writes {@code lines} joined by {@code \n} (plus a final one) as UTF-8. */
    static Path write(Path dir, String name, String... lines) throws IOException {
        return Files.writeString(
                dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** Reads a source completely. */
    static Result readAll(TicketSource source) throws IngestException {
        List<Ticket> tickets = new ArrayList<>();
        IngestSummary summary = source.read(tickets::add);
        return new Result(tickets, summary);
    }

    /** Opens and reads a file completely. */
    static Result readAll(Path file, ExportFormat format, IngestOptions options)
            throws IngestException {
        return readAll(TicketSources.open(file, format, options));
    }

    /** The tickets and summary of one full read. */
    record Result(List<Ticket> tickets, IngestSummary summary) {}
}
