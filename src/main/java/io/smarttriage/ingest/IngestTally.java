package io.smarttriage.ingest;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts rows while a source is read and keeps the first row errors. */
final class IngestTally {
    private static final Logger log = LoggerFactory.getLogger(IngestTally.class);

    private final String source;
    private final int maxErrors;
    private final List<RowError> errors = new ArrayList<>();
    private long used;
    private long rejected;

    IngestTally(String source, int maxErrors) {
        this.source = source;
        this.maxErrors = maxErrors;
    }

    void used() {
        used++;
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
