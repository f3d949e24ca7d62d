package io.smarttriage.eval;

import io.smarttriage.domain.Ticket;
import io.smarttriage.ingest.ColumnMappings;
import io.smarttriage.ingest.ExportFormat;
import io.smarttriage.ingest.IngestException;
import io.smarttriage.ingest.IngestOptions;
import io.smarttriage.ingest.IngestSummary;
import io.smarttriage.ingest.TicketSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The evaluation files in {@code ../shared/data}, read with the app's own ingest readers. */
public final class SharedData {
    /** The shared data folder relative to the repository root. */
    public static final Path ROOT = Path.of("..", "shared", "data");

    static final Path CAT_FILE =
            ROOT.resolve("it-service-tickets/all_tickets_processed_improved_v3.csv");
    static final Path BUGS_FILE = ROOT.resolve("apache-jira-bugs/issues.csv");

    private SharedData() {}

    /** Returns whether the shared evaluation files are present. */
    public static boolean present() {
        return Files.isRegularFile(CAT_FILE) && Files.isRegularFile(BUGS_FILE);
    }

    /** Reads the category tickets in file order. */
    public static List<Ticket> categoryTickets() throws IngestException {
        return read(CAT_FILE, ColumnMappings.IT_SERVICE_TICKETS);
    }

    /** Reads the Apache bug reports in file order. */
    public static List<Ticket> bugTickets() throws IngestException {
        return read(BUGS_FILE, ColumnMappings.APACHE_JIRA_BUGS);
    }

    private static List<Ticket> read(Path file, String mapping) throws IngestException {
        IngestOptions options =
                IngestOptions.defaults().withMapping(ColumnMappings.resolve(mapping));
        List<Ticket> tickets = new ArrayList<>();
        IngestSummary summary =
                TicketSources.open(file, ExportFormat.MAPPED_CSV, options).read(tickets::add);
        if (summary.rowsRejected() > 0) {
            throw new IllegalStateException(
                    file + ": " + summary.describe() + "; the evaluation splits need every row");
        }
        return tickets;
    }
}
