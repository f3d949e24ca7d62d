package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for reading arbitrary CSV exports through a column mapping. */
class MappedCsvSourceTest {
    private static final String BUGS_HEADER =
            "key,project,issue_id,issue_type,priority,status,"
                    + "status_category,resolution,created,updated,resolved,summary,description,"
                    + "components,labels,affects_versions,fix_versions,environment,"
                    + "reporter,creator,"
                    + "assignee,comment_count,watch_count,vote_count";

    @TempDir Path dir;

    @Test
    void givenBugsExport_read_fillsEveryMappedField() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "bugs.csv",
                        BUGS_HEADER,
                        "ABC-1,ABC,1,Bug,Major,Open,To Do,,2010-03-04T05:06:07.089+0000,"
                                + "2010-03-05T00:00:00.000+0000,2010-03-06T10:00:00.000+0100,"
                                + "Widget fails,Body "
                                + "text,core|ui,lbl,1.0|1.1,2.0,linux,rep,cre,asg,1,2,3");

        Ticket ticket = readBugs(file).tickets().get(0);

        assertThat(ticket)
                .isEqualTo(
                        Ticket.builder("ABC-1", Instant.parse("2010-03-04T05:06:07.089Z"))
                                .project("ABC")
                                .resolved(Instant.parse("2010-03-06T09:00:00Z"))
                                .summary("Widget fails")
                                .description("Body text")
                                .environment("linux")
                                .reporter("rep")
                                .assignee("asg")
                                .priority("Major")
                                .components(List.of("core", "ui"))
                                .labels(List.of("lbl"))
                                .affectsVersions(List.of("1.0", "1.1"))
                                .build());
    }

    @Test
    void givenQuotedMultiLineFieldsWithCrlf_read_keepsLineBreaksAndFileOrder() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "bugs.csv",
                        BUGS_HEADER,
                        bugRow("ABC-1", "\"line one\r\nline two\nline \"\"three\"\"\""),
                        bugRow("ABC-2", "plain"));

        Exports.Result result = readBugs(file);

        assertThat(result.tickets()).extracting(Ticket::key).containsExactly("ABC-1", "ABC-2");
        assertThat(result.tickets().get(0).description())
                .isEqualTo("line one\r\nline two\nline \"three\"");
    }

    @Test
    void givenUnparseableDate_read_rejectsThatRowOnlyWithRowColumnAndReason() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "bugs.csv",
                        BUGS_HEADER,
                        bugRow("ABC-1", "x"),
                        bugRow("ABC-2", "x").replace("2010-03-04T05:06:07.089+0000", "32/Foo/09"),
                        bugRow("ABC-3", "x"));

        Exports.Result result = readBugs(file);

        assertThat(result.tickets()).extracting(Ticket::key).containsExactly("ABC-1", "ABC-3");
        assertThat(result.summary().firstErrors())
                .singleElement()
                .hasToString(
                        "row 2, column 'created': '32/Foo/09' is not a date in pattern "
                                + "yyyy-MM-dd'T'HH:mm:ss.SSSZ (nor ISO-8601)");
        assertThat(result.summary().describe())
                .startsWith(file + ": 3 rows read, 2 used, 1 rejected");
    }

    @Test
    void givenMissingKeyAndShortRow_read_rejectsBothAndCountsThem() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "bugs.csv",
                        BUGS_HEADER,
                        bugRow("", "x"),
                        "ABC-2,ABC,2",
                        bugRow("ABC-3", "x"));

        IngestSummary summary = readBugs(file).summary();

        assertThat(summary.firstErrors())
                .extracting(RowError::toString)
                .containsExactly(
                        "row 1, column 'key': is empty; every ticket needs a key",
                        "row 2, column '(row)': has 3 columns, the header has 24");
        assertThat(summary.rowsRejected()).isEqualTo(2);
        assertThat(summary.rowsUsed()).isEqualTo(1);
    }

    @Test
    void givenMoreBadRowsThanKept_read_countsAllAndKeepsTheFirst() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "bugs.csv",
                        BUGS_HEADER,
                        "A-1",
                        "A-2",
                        "A-3",
                        "A-4",
                        bugRow("ABC-5", "x"));
        IngestOptions options = bugsOptions().withMaxErrors(2);

        IngestSummary summary = Exports.readAll(file, ExportFormat.MAPPED_CSV, options).summary();

        assertThat(summary.rowsRead()).isEqualTo(5);
        assertThat(summary.rowsRejected()).isEqualTo(4);
        assertThat(summary.firstErrors()).extracting(RowError::row).containsExactly(1L, 2L);
    }

    @Test
    void givenItServiceExport_read_numbersKeysAndReadsTextAndCategory() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "tickets.csv",
                        "Document,Topic_group",
                        "please reset my badge,Access",
                        "\"new laptop, with dock\",Hardware");
        IngestOptions options =
                IngestOptions.defaults().withMapping(ColumnMappings.itServiceTickets());

        Exports.Result result = Exports.readAll(file, ExportFormat.MAPPED_CSV, options);

        assertThat(result.tickets())
                .extracting(Ticket::key, Ticket::summary, Ticket::category, Ticket::created)
                .containsExactly(
                        tuple("ITS-1", "please reset my badge", "Access", null),
                        tuple("ITS-2", "new laptop, with dock", "Hardware", null));
    }

    @Test
    void givenMappingFileWithPlaceholders_read_treatsThemAsAbsent() throws Exception {
        Path mappingFile =
                Exports.write(
                        dir,
                        "m.properties",
                        "key=Id",
                        "created=Opened",
                        "assignee=Owner",
                        "components=Parts",
                        "list.separator=, ",
                        "date.pattern=dd.MM.yyyy HH:mm",
                        "date.zone=Europe/Berlin",
                        "absent.values=None,Unassigned");
        Path file =
                Exports.write(
                        dir,
                        "t.csv",
                        "Id,Opened,Owner,Parts",
                        "T-1,01.07.2024 12:00,Unassigned,\"UI, None, API\"");

        Ticket ticket =
                Exports.readAll(
                                file,
                                ExportFormat.MAPPED_CSV,
                                IngestOptions.defaults()
                                        .withMapping(
                                                ColumnMappings.resolve(mappingFile.toString())))
                        .tickets()
                        .get(0);

        assertThat(ticket.created()).isEqualTo(Instant.parse("2024-07-01T10:00:00Z"));
        assertThat(ticket.assignee()).isNull();
        assertThat(ticket.components()).containsExactly("UI", "API");
    }

    @Test
    void givenFieldOfSeveralMegabytes_read_keepsItWhole() throws Exception {
        String huge = "log line 0123456789\n".repeat(300_000);
        Path file =
                Exports.write(dir, "bugs.csv", BUGS_HEADER, bugRow("ABC-1", "\"" + huge + "\""));

        Ticket ticket = readBugs(file).tickets().get(0);

        assertThat(ticket.description()).hasSize(huge.length()).isEqualTo(huge);
    }

    static String bugRow(String key, String description) {
        return key
                + ",ABC,1,Bug,Major,Open,To Do,,2010-03-04T05:06:07.089+0000,,,Title,"
                + description
                + ",core,,,,,rep,rep,,0,0,0";
    }

    private Exports.Result readBugs(Path file) throws IOException, IngestException {
        return Exports.readAll(file, ExportFormat.MAPPED_CSV, bugsOptions());
    }

    private static IngestOptions bugsOptions() {
        return IngestOptions.defaults().withMapping(ColumnMappings.apacheJiraBugs());
    }
}
