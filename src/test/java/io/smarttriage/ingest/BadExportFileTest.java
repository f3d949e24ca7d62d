package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests that files which are not what their format says stop with one clear message. */
class BadExportFileTest {
    @TempDir Path dir;

    @Test
    void givenMissingFile_open_failsNamingIt() {
        Path file = dir.resolve("nope.csv");

        IngestException thrown =
                catchThrowableOfType(
                        IngestException.class,
                        () ->
                                TicketSources.open(
                                        file, ExportFormat.MAPPED_CSV, IngestOptions.defaults()));

        assertThat(thrown).hasMessage("'" + file + "' does not exist");
    }

    @Test
    void givenEmptyFile_read_failsSayingEmpty() throws Exception {
        Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, bugs());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown).hasMessage("'" + file + "' is empty");
    }

    @Test
    void givenGzipBytes_read_failsSayingBinary() throws Exception {
        byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03};
        Path file = Files.write(dir.resolve("issues.csv"), gzip);

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, bugs());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown).hasMessage("'" + file + "' is binary, not text: byte 0 is 0x1f");
    }

    @Test
    void givenHeaderOfAnotherFile_read_failsNamingTheMissingColumns() throws Exception {
        Path file = Exports.write(dir, "other.csv", "Document,Topic_group", "text,Access");

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, bugs());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessageStartingWith("'" + file + "' does not have the columns [key, project,")
                .hasMessageEndingWith(
                        "that mapping 'apache-jira-bugs' reads; its header starts "
                                + "with: Document, Topic_group");
    }

    @Test
    void givenInvalidUtf8AfterHeader_read_failsNamingTheLine() throws Exception {
        byte[] bytes =
                "Document,Topic_group\nok,Access\nbad \u00ff\u00fe,Access\n"
                        .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.csv"), bytes);

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, its());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessage(
                        "'"
                                + file
                                + "' is not UTF-8 text at line 3 (byte 0xff at offset 35);"
                                + " save the export as UTF-8");
    }

    @Test
    void givenInvalidUtf8FarIntoTheFile_read_failsNamingItsLine() throws Exception {
        String rows = "fine text,Access\n".repeat(20_000);
        byte[] bytes =
                ("Document,Topic_group\n" + rows + "bad \u00ff,Access\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("late.csv"), bytes);

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, its());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessageStartingWith(
                        "'" + file + "' is not UTF-8 text at line 20,002 (byte 0xff");
    }

    @Test
    void givenInvalidUtf8WithinTheFirstBlock_read_namesItsLineNotTheStart() throws Exception {
        String rows = "fine text,Access\n".repeat(150);
        byte[] bytes =
                ("Document,Topic_group\n" + rows + "caf\u00e9,Access\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("early.csv"), bytes);

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, its());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown).hasMessageContaining("is not UTF-8 text at line 152 (byte 0xe9");
    }

    @Test
    void givenUnterminatedQuote_read_failsSayingNotValidCsv() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "broken.csv",
                        "Document,Topic_group",
                        "fine,Access",
                        "\"never closed,Access",
                        "more,Access");

        TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, its());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessage(
                        "'"
                                + file
                                + "' is not valid CSV at data row 2, which starts on line 3: a quoted value is never closed (the file ends inside quotes)");
    }

    @Test
    void givenMappedFormatWithoutMapping_open_failsAskingForOne() throws Exception {
        Path file = Exports.write(dir, "t.csv", "Document,Topic_group");

        IngestException thrown =
                catchThrowableOfType(
                        IngestException.class,
                        () ->
                                TicketSources.open(
                                        file, ExportFormat.MAPPED_CSV, IngestOptions.defaults()));

        assertThat(thrown).hasMessageStartingWith("format mapped-csv needs a column mapping");
    }

    private static IngestOptions bugs() {
        return IngestOptions.defaults().withMapping(ColumnMappings.apacheJiraBugs());
    }

    private static IngestOptions its() {
        return IngestOptions.defaults().withMapping(ColumnMappings.itServiceTickets());
    }
}
