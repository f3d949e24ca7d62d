package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;

/** Streams the records of an open CSV export through a row mapper into a sink. */
final class CsvTicketReader {
    private final CsvInput input;
    private final IngestTally tally;

    CsvTicketReader(CsvInput input, String source, int maxErrors) {
        this.input = input;
        this.tally = new IngestTally(source, maxErrors);
    }

    /** Reads every record, then closes the input. */
    IngestSummary read(RowMapper mapper, Consumer<Ticket> sink) throws IngestException {
        try (input) {
            while (input.hasNext()) {
                readRow(input.next(), mapper, sink);
            }
        } catch (IOException e) {
            throw new IngestException("closing the export failed: " + e.getMessage(), e);
        }
        return tally.summary();
    }

    private void readRow(CSVRecord record, RowMapper mapper, Consumer<Ticket> sink) {
        long row = tally.rows() + 1;
        int expected = input.header().size();
        if (record.size() != expected) {
            tally.rejected(
                    new RowError(
                            row,
                            RowError.WHOLE_ROW,
                            "has " + record.size() + " columns, the header has " + expected));
            return;
        }
        try {
            Ticket ticket = mapper.map(record, row);
            RowError repeated = tally.use(ticket, row);
            if (repeated != null) {
                tally.rejected(repeated);
                return;
            }
            sink.accept(ticket);
        } catch (BadValueException e) {
            tally.rejected(e.toRowError(row));
        }
    }
}
