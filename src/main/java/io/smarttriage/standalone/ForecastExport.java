package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;
import io.smarttriage.ingest.ColumnMappings;
import io.smarttriage.ingest.IngestException;
import io.smarttriage.ingest.IngestOptions;
import io.smarttriage.ingest.IngestSummary;
import io.smarttriage.ingest.TicketSources;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the export named by the forecast options and keeps the requests with a creation time. */
final class ForecastExport {

    private ForecastExport() {}

    /** Reads the export, prints what was read, and returns the requests with a creation time. */
    static List<Ticket> read(ForecastOptions options, PrintWriter console) throws IngestException {
        IngestOptions ingest = IngestOptions.defaults();
        if (options.mapping != null) {
            ingest = ingest.withMapping(ColumnMappings.resolve(options.mapping));
        }
        List<Ticket> tickets = new ArrayList<>();
        IngestSummary summary =
                TicketSources.open(options.issues, options.exportFormat(), ingest)
                        .read(tickets::add);
        console.println(describe(summary));
        long undated = tickets.stream().filter(t -> t.created() == null).count();
        if (undated > 0) {
            console.printf(
                    Locale.ROOT, "%,d requests without a creation time are left out%n", undated);
        }
        return tickets.stream().filter(t -> t.created() != null).toList();
    }

    /** Returns the summary line with thousands separators, e.g. {@code 35,036 rows read}. */
    static String describe(IngestSummary summary) {
        String line =
                String.format(
                        Locale.ROOT,
                        "%s: %,d rows read, %,d used, %,d rejected",
                        summary.source(),
                        summary.rowsRead(),
                        summary.rowsUsed(),
                        summary.rowsRejected());
        if (summary.firstErrors().isEmpty()) {
            return line;
        }
        return line + " (first: " + summary.firstErrors().get(0) + ")";
    }
}
