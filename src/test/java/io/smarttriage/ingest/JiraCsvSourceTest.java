package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.smarttriage.domain.Ticket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for reading Jira's "CSV (all fields)" export. */
class JiraCsvSourceTest {
    private static final String HEADER =
            "Summary,Issue key,Issue id,Issue Type,Project key,"
                    + "Priority,Reporter,Assignee,Created,Resolved,Component/s,Component/s,Labels,"
                    + "Labels,Labels,Affects Version/s,Description,Environment,"
                    + "Custom field (Request Type),Custom field (Team)";

    @TempDir Path dir;

    @Test
    void givenAllFieldsExport_read_fillsTicketAndCollectsRepeatedColumns() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "jira.csv",
                        HEADER,
                        "VPN drops,HELP-7,10007,Incident,HELP,High,jdoe,asmith,16/Mar/09 6:16 PM,"
                                + "17/Mar/09 9:05 AM,Network,,vpn,remote,,2.1,\"Since "
                                + "monday\nit drops\","
                                + "Win 11,Get IT help,Ops");

        Ticket ticket = read(file, IngestOptions.defaults()).tickets().get(0);

        assertThat(ticket)
                .isEqualTo(
                        Ticket.builder("HELP-7", Instant.parse("2009-03-16T18:16:00Z"))
                                .project("HELP")
                                .resolved(Instant.parse("2009-03-17T09:05:00Z"))
                                .summary("VPN drops")
                                .description("Since monday\nit drops")
                                .environment("Win 11")
                                .reporter("jdoe")
                                .assignee("asmith")
                                .priority("High")
                                .category("Get IT help")
                                .components(List.of("Network"))
                                .labels(List.of("vpn", "remote"))
                                .affectsVersions(List.of("2.1"))
                                .build());
    }

    @Test
    void givenTwoRowsWithOneKey_read_usesTheFirstAndRejectsTheSecondNamingBothRows()
            throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "jira.csv",
                        "Issue key,Summary,Created",
                        "A-1,first,02/Jan/24 11:30",
                        "A-2,other,02/Jan/24 11:31",
                        "A-1,again,02/Jan/24 11:32");

        Exports.Result result = read(file, IngestOptions.defaults());

        assertThat(result.tickets()).extracting(Ticket::summary).containsExactly("first", "other");
        assertThat(result.summary().rowsRejected()).isEqualTo(1);
        assertThat(result.summary().firstErrors())
                .extracting(RowError::toString)
                .containsExactly(
                        "row 3, column '(row)': repeats the key 'A-1' of row 1; every key may "
                                + "occur once, and only the first row is used");
    }

    @Test
    void givenTwelveHourTwentyFourHourAndIsoDates_read_parsesEachInTheZone() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "jira.csv",
                        "Issue key,Summary,Created",
                        "A-1,s,02/Jan/24 11:30 pm",
                        "A-2,s,02/Jan/24 23:30",
                        "A-3,s,2024-01-02 23:30",
                        "A-4,s,2024-01-02T23:30:00.000+0000");
        IngestOptions options = IngestOptions.defaults().withZone(ZoneId.of("Europe/Paris"));

        List<Ticket> tickets = read(file, options).tickets();

        assertThat(tickets)
                .extracting(Ticket::created)
                .containsExactly(
                        Instant.parse("2024-01-02T22:30:00Z"),
                                Instant.parse("2024-01-02T22:30:00Z"),
                        Instant.parse("2024-01-02T22:30:00Z"),
                                Instant.parse("2024-01-02T23:30:00Z"));
    }

    @Test
    void givenConfiguredPatternAndCategoryColumn_read_usesBoth() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "jira.csv",
                        HEADER.replace("Labels,Labels,", ""),
                        "s,B-1,1,Task,B,Low,r,a,2024.05.06 07:08,,,,x,1.0,d,e,Access,Platform");
        IngestOptions options =
                IngestOptions.defaults()
                        .withDatePattern("yyyy.MM.dd HH:mm")
                        .withCategoryField("Custom field (Team)");

        Ticket ticket = read(file, options).tickets().get(0);

        assertThat(ticket.created()).isEqualTo(Instant.parse("2024-05-06T07:08:00Z"));
        assertThat(ticket.category()).isEqualTo("Platform");
    }

    @Test
    void givenUnparseableCreatedAndEmptyKey_read_rejectsThoseRowsAndGoesOn() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "jira.csv",
                        "Issue key,Summary,Created",
                        "A-1,s,32/Foo/09 6:16 PM",
                        ",s,16/Mar/09 6:16 PM",
                        "A-3,s,16/Mar/09 6:16 PM");

        Exports.Result result = read(file, IngestOptions.defaults());

        assertThat(result.tickets()).extracting(Ticket::key).containsExactly("A-3");
        assertThat(result.summary().firstErrors())
                .extracting(RowError::toString)
                .containsExactly(
                        "row 1, column 'Created': '32/Foo/09 6:16 PM' is not a date in pattern "
                                + "dd/MMM/yy h:mm a or dd/MMM/yy HH:mm (nor ISO-8601)",
                        "row 2, column 'Issue key': is empty; every issue needs a key");
    }

    @Test
    void givenByteOrderMarkAndUserIdColumns_read_findsKeyAndPrefersIds() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "jira.csv",
                        "\uFEFFIssue key,Summary,Created,Assignee,Assignee Id",
                        "A-1,s,16/Mar/09 6:16 PM,Ann Smith,557058:abc");

        Ticket ticket = read(file, IngestOptions.defaults()).tickets().get(0);

        assertThat(ticket.key()).isEqualTo("A-1");
        assertThat(ticket.assignee()).isEqualTo("557058:abc");
    }

    @Test
    void givenFileThatIsNoJiraExport_read_failsNamingMissingColumns() throws Exception {
        Path file = Exports.write(dir, "other.csv", "Document,Topic_group", "text,Access");

        TicketSource source =
                TicketSources.open(file, ExportFormat.JIRA_CSV, IngestOptions.defaults());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessage(
                        "'"
                                + file
                                + "' is not a Jira CSV export: it lacks the columns "
                                + "[Issue key, Summary, Created]; its header starts with: "
                                + "Document, Topic_group");
    }

    @Test
    void givenConfiguredCategoryColumnMissing_read_failsNamingIt() throws Exception {
        Path file = Exports.write(dir, "jira.csv", "Issue key,Summary,Created");
        IngestOptions options = IngestOptions.defaults().withCategoryField("Custom field (X)");

        TicketSource source = TicketSources.open(file, ExportFormat.JIRA_CSV, options);
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessage(
                        "'"
                                + file
                                + "' has no category column 'Custom field (X)'; "
                                + "its header starts with: Issue key, Summary, Created");
    }

    private static Exports.Result read(Path file, IngestOptions options) throws Exception {
        return Exports.readAll(file, ExportFormat.JIRA_CSV, options);
    }
}
