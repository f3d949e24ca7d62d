package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.smarttriage.domain.Ticket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads the real exports in {@code ../shared/data} end to end when that folder is present and
 * checks the row counts its README gives; every rejected row must have an explained reason.
 */
class SharedDataIngestTest {
    private static final Path DATA = Path.of("..", "shared", "data");

    @Test
    void givenApacheJiraBugs_read_usesEveryRowTheReadmeCounts() throws Exception {
        Path file = present("apache-jira-bugs/issues.csv");
        AtomicLong dated = new AtomicLong();

        IngestSummary summary =
                read(
                        file,
                        ColumnMappings.APACHE_JIRA_BUGS,
                        ticket -> {
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

        IngestSummary summary =
                read(
                        file,
                        ColumnMappings.IT_SERVICE_TICKETS,
                        ticket -> {
                            if (ticket.category() != null && ticket.summary() != null) {
                                categorised.incrementAndGet();
                            }
                        });

        assertThat(summary.rowsRead()).isEqualTo(47_837);
        assertThat(summary.firstErrors()).isEmpty();
        assertThat(categorised.get()).isEqualTo(summary.rowsUsed()).isEqualTo(47_837);
    }

    @Test
    void givenApacheJiraTriage_read_rejectsOnlyTheRelativeDatesTheReadmeNames() throws Exception {
        Path file = present("apache-jira-triage/issues.csv");

        IngestSummary summary = read(file, ColumnMappings.APACHE_JIRA_TRIAGE, ticket -> {});

        assertThat(summary.rowsRead()).isEqualTo(19_633);
        assertThat(summary.firstErrors())
                .hasSize((int) summary.rowsRejected())
                .allSatisfy(
                        error ->
                                assertThat(error.reason())
                                        .matches(
                                                "is empty; .*|'.*' is not a date in pattern "
                                                        + "dd/MMM/yy HH:mm .*"));
        assertThat(summary.firstErrors()).filteredOn(e -> e.column().equals("created")).hasSize(20);
        assertThat(summary.firstErrors())
                .filteredOn(e -> e.column().equals("resolved"))
                .hasSizeLessThanOrEqualTo(15);
    }

    @ParameterizedTest
    @CsvSource({
        "apache-jira-bugs/issues.csv, mapped-csv (mapping apache-jira-bugs)",
        "apache-jira-triage/issues.csv, mapped-csv (mapping apache-jira-triage)",
        "it-service-tickets/all_tickets_processed_improved_v3.csv, "
                + "mapped-csv (mapping it-service-tickets)"
    })
    void givenSharedExport_detect_findsItsBuiltInMapping(String relative, String expected)
            throws Exception {
        Path file = present(relative);

        DetectedExport detected = TicketSources.detect(file, IngestOptions.defaults());

        assertThat(detected.describe()).isEqualTo(expected);
    }

    private static IngestSummary read(Path file, String mapping, Consumer<Ticket> sink)
            throws IngestException {
        IngestOptions options =
                IngestOptions.defaults()
                        .withMapping(ColumnMappings.resolve(mapping))
                        .withMaxErrors(100);
        return TicketSources.open(file, ExportFormat.MAPPED_CSV, options).read(sink);
    }

    private static Path present(String relative) {
        Path file = DATA.resolve(relative);
        assumeTrue(
                Files.isRegularFile(file),
                () -> "skipped: " + file.toAbsolutePath() + " is absent");
        return file;
    }
}
