package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts rows while a source is read and keeps the first row errors. */
final class IngestTally {
    private static final Logger log = LoggerFactory.getLogger(IngestTally.class);

    private final String source;
    private final int maxErrors;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Long> keyRows = new HashMap<>();
    private long used;
    private long rejected;

    IngestTally(String source, int maxErrors) {
        this.source = source;
        this.maxErrors = maxErrors;
    }

    /**
     * Counts {@code ticket}, read from data row {@code row}, as used, unless an earlier row had its
     * key.
     *
     * @return {@code null} when the ticket is used, else the error of the repeated key, not yet
     *     counted
     */
    RowError use(Ticket ticket, long row) {
        Long first = keyRows.putIfAbsent(ticket.key(), row);
        if (first != null) {
            return new RowError(
                    row,
                    RowError.WHOLE_ROW,
                    "repeats the key '"
                            + ticket.key()
                            + "' of row "
                            + first
                            + "; every key may occur once, and only the first row is used");
        }
        used++;
        return null;
    }

    void rejected(RowError error) {
        rejected++;
        if (errors.size() < maxErrors) {
            errors.add(error);
        }
        log.debug("{}: rejected row {} for column '{}'", source, error.row(), error.column());
    }

    long rows() {
        return used + rejected;
    }

    IngestSummary summary() {
        IngestSummary summary = new IngestSummary(source, rows(), used, rejected, errors);
        log.info("{}: {} rows read, {} used, {} rejected", source, rows(), used, rejected);
        return summary;
    }
}
