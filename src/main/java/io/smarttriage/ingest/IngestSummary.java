package io.smarttriage.ingest;

import java.util.List;

/**
 * What one read of an export did: rows read, used and rejected, and the first row errors.
 *
 * @param source the file or directory that was read
 * @param rowsRead data rows seen (header excluded)
 * @param rowsUsed rows that became tickets
 * @param rowsRejected rows that were refused; {@code rowsRead == rowsUsed + rowsRejected}
 * @param firstErrors the first row errors, at most the configured number
 */
public record IngestSummary(
        String source,
        long rowsRead,
        long rowsUsed,
        long rowsRejected,
        List<RowError> firstErrors) {

    /** Copies the error list. */
    public IngestSummary {
        firstErrors = List.copyOf(firstErrors);
    }

    /** Returns one line such as {@code issues.csv: 120 rows read, 118 used, 2 rejected}. */
    public String describe() {
        String line =
                source
                        + ": "
                        + rowsRead
                        + " rows read, "
                        + rowsUsed
                        + " used, "
                        + rowsRejected
                        + " rejected";
        if (firstErrors.isEmpty()) {
            return line;
        }
        return line + " (first: " + firstErrors.get(0) + ")";
    }
}
