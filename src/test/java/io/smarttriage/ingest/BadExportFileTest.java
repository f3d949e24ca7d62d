package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadExportFileTest {
    @TempDir Path dir;

    @Test
    void givenMissingFile_open_failsNamingIt() {
        Path file = dir.resolve("nope.csv");

        Throwable thrown = catchOpen(file);

        assertThatThrownBy(() -> { throw thrown; }).isInstanceOf(IngestException.class)
                .hasMessage("'" + file + "' does not exist");
    }

    @Test
    void givenEmptyFile_read_failsSayingEmpty() throws Exception {
        Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, bugs());

        assertThatThrownBy(() -> source.read(t -> { })).isInstanceOf(IngestException.class)
                .hasMessage("'" + file + "' is empty");
    }

    @Test
    void givenGzipBytes_read_failsSayingBinary() throws Exception {
        byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03};
        Path file = Files.write(dir.resolve("issues.csv"), gzip);

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, bugs());

        assertThatThrownBy(() -> source.read(t -> { })).isInstanceOf(IngestException.class)
                .hasMessage("'" + file + "' is binary, not text: byte 0 is 0x1f");
    }

    @Test
    void givenHeaderOfAnotherFile_read_failsNamingTheMissingColumns() throws Exception {
        Path file = Exports.write(dir, "other.csv", "Document,Topic_group", "text,Access");

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, bugs());

        assertThatThrownBy(() -> source.read(t -> { })).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("'" + file + "' does not have the columns [key, project,")
                .hasMessageEndingWith("that mapping 'apache-jira-bugs' reads; its header starts "
                        + "with: Document, Topic_group");
    }

    @Test
    void givenInvalidUtf8AfterHeader_read_failsNamingTheLine() throws Exception {
        byte[] bytes = "Document,Topic_group\nok,Access\nbad \u00ff\u00fe,Access\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.csv"), bytes);

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, its());

        assertThatThrownBy(() -> source.read(t -> { })).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("'" + file + "' is not UTF-8 text near line");
    }

    @Test
    void givenUnterminatedQuote_read_failsSayingNotValidCsv() throws Exception {
        Path file = Exports.write(dir, "broken.csv", "Document,Topic_group",
                "fine,Access", "\"never closed,Access", "more,Access");

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, its());

        assertThatThrownBy(() -> source.read(t -> { })).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("'" + file + "' is not valid CSV (")
                .hasMessageEndingWith("(data row 2)");
    }

    @Test
    void givenMappedFormatWithoutMapping_open_failsAskingForOne() throws Exception {
        Path file = Exports.write(dir, "t.csv", "Document,Topic_group");

        Throwable thrown = catchOpen(file);

        assertThatThrownBy(() -> { throw thrown; }).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("format mapped-csv needs a column mapping");
    }

    private static Throwable catchOpen(Path file) {
        try {
            TicketSources.open(file, ExportFormat.MAPPED_CSV, IngestOptions.defaults());
            return null;
        } catch (IngestException e) {
            return e;
        }
    }

    private static IngestOptions bugs() {
        return IngestOptions.defaults().withMapping(ColumnMappings.apacheJiraBugs());
    }

    private static IngestOptions its() {
        return IngestOptions.defaults().withMapping(ColumnMappings.itServiceTickets());
    }
}
