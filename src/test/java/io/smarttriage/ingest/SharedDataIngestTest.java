package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.smarttriage.domain.Ticket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Reads the real exports in {@code ../shared/data} end to end when that folder is present. */
class SharedDataIngestTest {
    private static final Path DATA = Path.of("..", "shared", "data");

    @Test
    void givenApacheJiraBugs_read_usesEveryRowTheReadmeCounts() throws Exception {
        Path file = present("apache-jira-bugs/issues.csv");
        AtomicLong dated = new AtomicLong();

        IngestSummary summary = read(file, ColumnMappings.APACHE_JIRA_BUGS, ticket -> {
            if (ticket.created() != null && ticket.priority() != null) {
                dated.incrementAndGet();
            }
        });

        assertThat(summary.rowsRead()).isEqualTo(35_036);
        assertThat(summary.firstErrors()).isEmpty();
        assertThat(dated.get()).isEqualTo(summary.rowsUsed()).isEqualTo(35_036);
    }

    @Test
    void givenItServiceTickets_read_usesEveryRowTheReadmeCounts() throws Exception {
        Path file = present("it-service-tickets/all_tickets_processed_improved_v3.csv");
        AtomicLong categorised = new AtomicLong();

        IngestSummary summary = read(file, ColumnMappings.IT_SERVICE_TICKETS, ticket -> {
            if (ticket.category() != null && ticket.summary() != null) {
                categorised.incrementAndGet();
            }
        });

        assertThat(summary.rowsRead()).isEqualTo(47_837);
        assertThat(summary.firstErrors()).isEmpty();
        assertThat(categorised.get()).isEqualTo(summary.rowsUsed()).isEqualTo(47_837);
    }

    private static IngestSummary read(Path file, String mapping, Consumer<Ticket> sink)
            throws IngestException {
        IngestOptions options =
                IngestOptions.defaults().withMapping(ColumnMappings.resolve(mapping));
        return TicketSources.open(file, ExportFormat.MAPPED_CSV, options).read(sink);
    }

    private static Path present(String relative) {
        Path file = DATA.resolve(relative);
        assumeTrue(Files.isRegularFile(file),
                () -> "skipped: " + file.toAbsolutePath() + " is absent");
        return file;
    }
}
