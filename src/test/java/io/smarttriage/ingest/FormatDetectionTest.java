package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.smarttriage.domain.Ticket;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests that {@link TicketSources#detect} tells formats and built-in mappings apart. */
class FormatDetectionTest {
    @TempDir Path dir;

    @Test
    void givenFolder_detect_isJiraJson() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("issues"));

        DetectedExport detected = TicketSources.detect(folder, IngestOptions.defaults());

        assertThat(detected.describe()).isEqualTo("jira-json");
    }

    @Test
    void givenJsonAfterByteOrderMarkAndSpaces_detect_isJiraJson() throws Exception {
        Path file = Files.writeString(dir.resolve("export.txt"), "\uFEFF \n [ ]");

        DetectedExport detected = TicketSources.detect(file, IngestOptions.defaults());

        assertThat(detected.format()).isEqualTo(ExportFormat.JIRA_JSON);
    }

    @Test
    void givenJiraCsvHeader_detect_isJiraCsv() throws Exception {
        Path file = Exports.write(dir, "jira.csv", "Summary,Issue key,Issue id,Created");

        DetectedExport detected = TicketSources.detect(file, IngestOptions.defaults());

        assertThat(detected.format()).isEqualTo(ExportFormat.JIRA_CSV);
    }

    @Test
    void givenHeaderOfABuiltInMapping_detect_picksThatMapping() throws Exception {
        Path file = Exports.write(dir, "tickets.csv", "Document,Topic_group", "text,Access");

        DetectedExport detected = TicketSources.detect(file, IngestOptions.defaults());

        assertThat(detected.describe()).isEqualTo("mapped-csv (mapping it-service-tickets)");
    }

    @Test
    void givenOtherHeaderAndAMapping_detect_keepsTheGivenMapping() throws Exception {
        Path file = Exports.write(dir, "t.csv", "Id,Text", "1,x");
        IngestOptions options =
                IngestOptions.defaults()
                        .withMapping(ColumnMappings.fromProperties("mine", properties("key=Id")));

        DetectedExport detected = TicketSources.detect(file, options);

        assertThat(detected.describe()).isEqualTo("mapped-csv (mapping mine)");
    }

    @Test
    void givenOtherHeaderAndNoMapping_detect_failsAskingForAMappingFile() throws Exception {
        Path file = Exports.write(dir, "t.csv", "Id,Text", "1,x");

        IngestException thrown =
                catchThrowableOfType(
                        IngestException.class,
                        () -> TicketSources.detect(file, IngestOptions.defaults()));

        assertThat(thrown)
                .hasMessage(
                        "cannot tell what '"
                                + file
                                + "' is: not JSON, not a Jira "
                                + "CSV export and no built-in mapping [apache-jira-bugs, "
                                + "apache-jira-triage, "
                                + "it-service-tickets] fits its header, which starts with: "
                                + "Id, Text; give a "
                                + "mapping file");
    }

    @Test
    void givenItServiceExport_openWithoutFormat_readsItThroughTheBuiltInMapping() throws Exception {
        Path file = Exports.write(dir, "tickets.csv", "Document,Topic_group", "text,Access");

        Exports.Result result = Exports.readAll(TicketSources.open(file, IngestOptions.defaults()));

        assertThat(result.tickets())
                .extracting(Ticket::key, Ticket::category)
                .containsExactly(tuple("ITS-1", "Access"));
    }

    private static Properties properties(String line) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(line));
        return properties;
    }
}
