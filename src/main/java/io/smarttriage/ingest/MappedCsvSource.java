package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads any CSV export whose columns a {@link ColumnMapping} names. */
final class MappedCsvSource implements TicketSource {
    private final StreamOpener opener;
    private final String name;
    private final ColumnMapping mapping;
    private final IngestOptions options;

    MappedCsvSource(StreamOpener opener, String name, IngestOptions options) {
        this.opener = opener;
        this.name = name;
        this.mapping = options.mapping();
        this.options = options;
    }

    @Override
    public IngestSummary read(Consumer<Ticket> sink) throws IngestException {
        CsvInput input = CsvInput.open(opener, name);
        List<String> missing = input.header().missing(new ArrayList<>(mapping.columns().values()));
        if (!missing.isEmpty()) {
            input.closeAfterRefusal();
            throw new IngestException(
                    "'"
                            + name
                            + "' does not have the columns "
                            + missing
                            + " that mapping '"
                            + mapping.name()
                            + "' reads; its header starts with: "
                            + input.header().preview());
        }
        RowMapper rows = new MappedRowMapper(mapping, input.header(), dates());
        return new CsvTicketReader(input, name, options.maxErrors()).read(rows, sink);
    }

    private DateReader dates() {
        String pattern =
                options.datePattern() != null ? options.datePattern() : mapping.datePattern();
        ZoneId zone = options.zone() != null ? options.zone() : mapping.zone();
        return new DateReader(pattern == null ? List.of() : List.of(pattern), zone);
    }
}
