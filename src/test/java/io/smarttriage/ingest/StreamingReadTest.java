package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Tests that large exports are streamed rather than loaded whole. */
class StreamingReadTest {
    private static final long ROWS = 100_000;
    private static final String FILLER = "0123456789 abcdefghij ".repeat(48);
    private static final long ONE_MEGABYTE = 1 << 20;

    @Test
    void givenCsvExportOfOver100Megabytes_read_deliversEachTicketLongBeforeTheEnd()
            throws Exception {
        Streams streams =
                new Streams(
                        () ->
                                new GeneratedExport(
                                        "key,created,summary\n",
                                        row ->
                                                "GEN-"
                                                        + row
                                                        + ",2020-01-02T03:04:05Z,\""
                                                        + FILLER
                                                        + "\"\r\n",
                                        ROWS,
                                        ""));
        TicketSource source = new MappedCsvSource(streams::open, "generated", mapped());

        IngestSummary summary = source.read(ticket -> streams.ticket());

        assertThat(streams.last().served()).isGreaterThan(100 * ONE_MEGABYTE);
        assertThat(streams.servedAtFirstTicket()).isPositive().isLessThan(ONE_MEGABYTE);
        assertThat(summary.rowsUsed()).isEqualTo(ROWS).isEqualTo(streams.tickets());
    }

    @Test
    void givenJsonSearchResponseOfOver100Megabytes_read_deliversEachTicketLongBeforeTheEnd()
            throws Exception {
        Streams streams =
                new Streams(
                        () ->
                                new GeneratedExport(
                                        "{\"issues\": [",
                                        row ->
                                                (row == 1 ? "" : ",")
                                                        + "{\"key\": \"GEN-"
                                                        + row
                                                        + "\", \"fields\": {"
                                                        + "\"created\": "
                                                        + "\"2020-01-02T03:04:05.000+0000\", "
                                                        + "\"description\": \""
                                                        + FILLER
                                                        + "\"}}",
                                        ROWS,
                                        "], \"total\": " + ROWS + "}"));
        TicketSource source =
                new JiraJsonSource(
                        "generated",
                        List.of(new JiraJsonSource.JsonFile("generated", streams::open)),
                        IngestOptions.defaults());

        IngestSummary summary = source.read(ticket -> streams.ticket());

        assertThat(streams.last().served()).isGreaterThan(100 * ONE_MEGABYTE);
        assertThat(streams.servedAtFirstTicket()).isPositive().isLessThan(ONE_MEGABYTE);
        assertThat(summary.rowsUsed()).isEqualTo(ROWS).isEqualTo(streams.tickets());
    }

    private static IngestOptions mapped() {
        ColumnMapping mapping =
                new ColumnMapping(
                        "generated",
                        Map.of(
                                TicketField.KEY,
                                "key",
                                TicketField.CREATED,
                                "created",
                                TicketField.SUMMARY,
                                "summary"),
                        null,
                        "|",
                        null,
                        ZoneOffset.UTC);
        return IngestOptions.defaults().withMapping(mapping);
    }

    /** The generated streams a source opened, and what had been read at its first ticket. */
    private static final class Streams {
        private final Supplier<GeneratedExport> factory;
        private final List<GeneratedExport> opened = new ArrayList<>();
        private final AtomicLong tickets = new AtomicLong();
        private long servedAtFirstTicket = -1;

        Streams(Supplier<GeneratedExport> factory) {
            this.factory = factory;
        }

        GeneratedExport open() {
            opened.add(factory.get());
            return last();
        }

        GeneratedExport last() {
            return opened.get(opened.size() - 1);
        }

        void ticket() {
            if (tickets.incrementAndGet() == 1) {
                servedAtFirstTicket = last().served();
            }
        }

        long tickets() {
            return tickets.get();
        }

        long servedAtFirstTicket() {
            return servedAtFirstTicket;
        }
    }
}
