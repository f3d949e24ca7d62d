package io.smarttriage.bench;

import io.smarttriage.domain.Ticket;
import io.smarttriage.ingest.ColumnMappings;
import io.smarttriage.ingest.ExportFormat;
import io.smarttriage.ingest.IngestException;
import io.smarttriage.ingest.IngestOptions;
import io.smarttriage.ingest.IngestSummary;
import io.smarttriage.ingest.TicketSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the shared apache-jira-bugs export through the ingest package, for harnesses. */
public final class BugsCsv {
    /** Where the shared data lives, relative to the repository root. */
    public static final Path ISSUES = Path.of("../shared/data/apache-jira-bugs/issues.csv");

    private BugsCsv() {}

    /** Reads every usable row of the export into tickets; fails if any row was rejected. */
    public static List<Ticket> read(Path file) throws IngestException {
        List<Ticket> tickets = new ArrayList<>();
        IngestOptions options =
                IngestOptions.defaults().withMapping(ColumnMappings.apacheJiraBugs());
        IngestSummary summary =
                TicketSources.open(file, ExportFormat.MAPPED_CSV, options).read(tickets::add);
        if (tickets.size() != 35_036) {
            throw new IllegalStateException(
                    file
                            + ": expected the 35,036 rows the data README"
                            + " lists, read "
                            + tickets.size()
                            + " ("
                            + summary
                            + ")");
        }
        return tickets;
    }
}
