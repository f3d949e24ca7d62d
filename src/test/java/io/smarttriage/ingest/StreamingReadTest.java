package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StreamingReadTest {
    private static final long ROWS = 100_000;
    private static final String FILLER = "0123456789 abcdefghij\n".repeat(48);
    private static final long ONE_MEGABYTE = 1 << 20;

    @Test
    void givenExportOfOver100Megabytes_read_deliversEachTicketLongBeforeTheEnd() throws Exception {
        List<GeneratedExport> streams = new ArrayList<>();
        TicketSource source = new MappedCsvSource(() -> opened(streams), "generated", options());
        AtomicLong servedAtFirstTicket = new AtomicLong(-1);
        AtomicLong tickets = new AtomicLong();

        IngestSummary summary = source.read(ticket -> {
            if (tickets.incrementAndGet() == 1) {
                servedAtFirstTicket.set(last(streams).served());
            }
        });

        assertThat(last(streams).served()).isGreaterThan(100 * ONE_MEGABYTE);
        assertThat(servedAtFirstTicket.get()).isPositive().isLessThan(ONE_MEGABYTE);
        assertThat(summary.rowsUsed()).isEqualTo(ROWS).isEqualTo(tickets.get());
    }

    private static GeneratedExport opened(List<GeneratedExport> streams) {
        GeneratedExport stream = new GeneratedExport(ROWS, FILLER);
        streams.add(stream);
        return stream;
    }

    private static GeneratedExport last(List<GeneratedExport> streams) {
        return streams.get(streams.size() - 1);
    }

    private static IngestOptions options() {
        ColumnMapping mapping = new ColumnMapping("generated",
                Map.of(TicketField.KEY, "key", TicketField.CREATED, "created",
                        TicketField.SUMMARY, "summary"),
                null, "|", null, ZoneOffset.UTC);
        return IngestOptions.defaults().withMapping(mapping);
    }
}
