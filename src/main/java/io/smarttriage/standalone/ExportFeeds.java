package io.smarttriage.standalone;

import io.smarttriage.ingest.ColumnMappings;
import io.smarttriage.ingest.ExportFormat;
import io.smarttriage.ingest.IngestException;
import io.smarttriage.ingest.IngestOptions;
import io.smarttriage.ingest.IngestSummary;
import io.smarttriage.ingest.RowError;
import io.smarttriage.ingest.TicketSource;
import io.smarttriage.ingest.TicketSources;
import java.nio.file.Path;

/** Opens an export file as a {@link TicketFeed} through the ingest layer. */
final class ExportFeeds {

    private ExportFeeds() {}

    /**
     * Returns a feed over {@code file} read as {@code format}.
     *
     * @param mapping built-in mapping name or mapping file, for mapped CSV; otherwise null
     * @param options date pattern, zone and category field; the mapping is added here
     * @throws InputException when the file or the mapping cannot be opened
     */
    static TicketFeed open(Path file, ExportFormat format, String mapping, IngestOptions options) {
        try {
            IngestOptions withMapping =
                    mapping == null
                            ? options
                            : options.withMapping(ColumnMappings.resolve(mapping));
            return feed(TicketSources.open(file, format, withMapping));
        } catch (IngestException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    private static TicketFeed feed(TicketSource source) {
        return sink -> {
            try {
                return summary(source.read(sink));
            } catch (IngestException e) {
                throw new InputException(e.getMessage(), e);
            }
        };
    }

    private static FeedSummary summary(IngestSummary summary) {
        return new FeedSummary(
                summary.rowsRead(),
                summary.rowsUsed(),
                summary.rowsRejected(),
                summary.firstErrors().stream().map(RowError::toString).toList());
    }
}
