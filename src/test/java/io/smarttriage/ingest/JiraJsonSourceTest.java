package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.smarttriage.domain.Ticket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for reading Jira REST JSON files and folders. */
class JiraJsonSourceTest {
    private static final String FULL_ISSUE =
            """
            {"id": "10001", "key": "HELP-1", "fields": {
              "summary": "Printer jams", "description": "Tray 2\\nevery time",
              "environment": null, "priority": {"id": "2", "name": "High"},
              "project": {"key": "HELP", "name": "Help desk"},
              "created": "2021-04-05T06:07:08.000+0000",
              "resolutiondate": "2021-04-06T10:00:00.000+0200",
              "reporter": {"name": "jdoe", "key": "JIRAUSER1"},
              "assignee": {"accountId": "5b10ac8d82e05b22cc7d4ef5"},
              "components": [{"name": "Printing"}, {"name": "Floor 3"}],
              "labels": ["hw"], "versions": [{"name": "2024.1"}],
              "customfield_10010": {"requestType": {"id": "7", "name": "Fix a printer"}}}}""";

    @TempDir Path dir;

    @Test
    void givenSearchResponse_read_mapsEveryField() throws Exception {
        Path file =
                Files.writeString(
                        dir.resolve("search.json"),
                        "{\"startAt\": 0, "
                                + "\"names\": {\"summary\": \"Summary\"}, \"issues\": ["
                                + FULL_ISSUE
                                + "], \"total\": 1}");

        Ticket ticket = read(file, IngestOptions.defaults()).tickets().get(0);

        assertThat(ticket)
                .isEqualTo(
                        Ticket.builder("HELP-1", Instant.parse("2021-04-05T06:07:08Z"))
                                .project("HELP")
                                .resolved(Instant.parse("2021-04-06T08:00:00Z"))
                                .summary("Printer jams")
                                .description("Tray 2\nevery time")
                                .reporter("jdoe")
                                .assignee("5b10ac8d82e05b22cc7d4ef5")
                                .priority("High")
                                .category("Fix a printer")
                                .components(List.of("Printing", "Floor 3"))
                                .labels(List.of("hw"))
                                .affectsVersions(List.of("2024.1"))
                                .build());
    }

    @Test
    void givenFolderWithArrayAndSingleIssueFiles_read_readsFilesInNameOrder() throws Exception {
        Files.writeString(dir.resolve("b.json"), issue("B-1", "2021-01-01T00:00:00.000+0000"));
        Files.writeString(
                dir.resolve("a.json"),
                "["
                        + issue("A-1", "2021-01-01T00:00:00Z")
                        + ","
                        + issue("A-2", "2021-01-02T00:00:00Z")
                        + "]");
        Files.writeString(dir.resolve("notes.txt"), "not read");

        List<Ticket> tickets = read(dir, IngestOptions.defaults()).tickets();

        assertThat(tickets).extracting(Ticket::key).containsExactly("A-1", "A-2", "B-1");
    }

    @Test
    void givenListOfFiles_read_numbersIssuesAcrossFilesAndNamesTheFileOfAnError() throws Exception {
        Path first =
                Files.writeString(dir.resolve("z.json"), "[" + issue("Z-1", "2021-01-01") + "]");
        Path second = Files.writeString(dir.resolve("a.json"), "[" + issue("A-1", "soon") + "]");

        Exports.Result result =
                Exports.readAll(
                        TicketSources.openJson(List.of(first, second), IngestOptions.defaults()));

        assertThat(result.tickets()).extracting(Ticket::key).containsExactly("Z-1");
        assertThat(result.summary().firstErrors())
                .extracting(RowError::toString)
                .containsExactly(
                        "row 2, column 'fields.created': 'soon' is not a date in "
                                + "ISO-8601 form (in '"
                                + second
                                + "')");
    }

    @Test
    void givenOneIssueInTwoFiles_read_rejectsTheSecondNamingTheFirstRowAndTheFile()
            throws Exception {
        Path first =
                Files.writeString(dir.resolve("z.json"), "[" + issue("Z-1", "2021-01-01") + "]");
        Path second =
                Files.writeString(dir.resolve("a.json"), "[" + issue("Z-1", "2021-01-02") + "]");

        Exports.Result result =
                Exports.readAll(
                        TicketSources.openJson(List.of(first, second), IngestOptions.defaults()));

        assertThat(result.tickets()).extracting(Ticket::key).containsExactly("Z-1");
        assertThat(result.summary().firstErrors())
                .extracting(RowError::toString)
                .containsExactly(
                        "row 2, column '(row)': repeats the key 'Z-1' of row 1; every key may "
                                + "occur once, and only the first row is used (in '"
                                + second
                                + "')");
    }

    @Test
    void givenDocumentFormatDescription_read_keepsItsTextOneLinePerBlock() throws Exception {
        String adf =
                """
                {"type": "doc", "version": 1, "content": [
                  {"type": "paragraph", "content": [{"type": "text", "text": "Cannot "},
                    {"type": "text", "text": "log in", "marks": [{"type": "strong"}]}]},
                  {"type": "bulletList", "content": [{"type": "listItem", "content": [
                    {"type": "paragraph", "content": [{"type": "text", "text": "since 9:00"}]}
                  ]}]}]}""";
        Path file =
                Files.writeString(
                        dir.resolve("adf.json"),
                        "[{\"key\": \"C-1\", \"fields\": {\"created\": \"2021-01-01T00:00:00Z\", "
                                + "\"description\": "
                                + adf
                                + "}}]");

        Ticket ticket = read(file, IngestOptions.defaults()).tickets().get(0);

        assertThat(ticket.description()).isEqualTo("Cannot log in\nsince 9:00");
    }

    @Test
    void givenConfiguredCategoryField_read_takesItsValue() throws Exception {
        Path file =
                Files.writeString(
                        dir.resolve("i.json"),
                        "[{\"key\": \"D-1\", \"fields\": {"
                                + "\"created\": \"2021-01-01T00:00:00Z\", \"customfield_1\": "
                                + "{\"value\": "
                                + "\"Access\"}, \"customfield_2\": {\"requestType\": "
                                + "{\"name\": \"Other\"}}}}]");
        IngestOptions options = IngestOptions.defaults().withCategoryField("customfield_1");

        Ticket ticket = read(file, options).tickets().get(0);

        assertThat(ticket.category()).isEqualTo("Access");
    }

    @Test
    void givenBadIssues_read_rejectsEachWithColumnAndGoesOn() throws Exception {
        Path file =
                Files.writeString(
                        dir.resolve("i.json"),
                        "["
                                + issue("E-1", "yesterday")
                                + ", {\"fields\": {}}, "
                                + issue("E-3", "2021-01-01T00:00:00Z")
                                + ", {\"key\": \"E-4\", \"fields\": {}}, 42, null]");

        Exports.Result result = read(file, IngestOptions.defaults());

        assertThat(result.tickets()).extracting(Ticket::key).containsExactly("E-3");
        assertThat(result.summary().firstErrors())
                .extracting(RowError::toString)
                .containsExactly(
                        "row 1, column 'fields.created': 'yesterday' is not a date in "
                                + "ISO-8601 form",
                        "row 2, column 'key': is missing or empty; every issue needs a key",
                        "row 4, column 'fields.created': is missing; every Jira issue has a "
                                + "creation "
                                + "time",
                        "row 5, column '(row)': is a JSON number, not an issue object",
                        "row 6, column '(row)': is a JSON null, not an issue object");
    }

    @Test
    void givenDescriptionOfSeveralMegabytes_read_keepsItWhole() throws Exception {
        String huge = "at org.example.Foo.bar(Foo.java:1)\\n".repeat(200_000);
        Path file =
                Files.writeString(
                        dir.resolve("big.json"),
                        "[{\"key\": \"G-1\", "
                                + "\"fields\": {\"created\": \"2021-01-01T00:00:00Z\", "
                                + "\"description\": \""
                                + huge
                                + "\"}}]");

        Ticket ticket = read(file, IngestOptions.defaults()).tickets().get(0);

        assertThat(ticket.description()).hasSize(huge.length() - 200_000).endsWith(":1)\n");
    }

    @Test
    void givenTruncatedFile_read_failsNamingLineAndColumn() throws Exception {
        Path file =
                Files.writeString(
                        dir.resolve("cut.json"),
                        "{\"issues\": ["
                                + issue("F-1", "2021-01-01T00:00:00Z")
                                + ",\n{\"key\": \"F-");

        TicketSource source =
                TicketSources.open(file, ExportFormat.JIRA_JSON, IngestOptions.defaults());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessageStartingWith("'" + file + "' is not valid JSON at line 2, column");
    }

    @Test
    void givenUnclosedIssuesArray_read_namesWhereItOpenedWithoutParserInternals() throws Exception {
        Path file = Files.writeString(dir.resolve("open.json"), "{\"issues\": [\n");

        TicketSource source =
                TicketSources.open(file, ExportFormat.JIRA_JSON, IngestOptions.defaults());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessageStartingWith("'" + file + "' is not valid JSON at line 2")
                .hasMessageContaining("(start marker at line 1, column 12)")
                .hasMessageNotContaining("Source")
                .hasMessageNotContaining("StreamReadFeature");
    }

    @Test
    void givenBareWordsInsideTheFile_read_failsWithoutRepeatingThem() throws Exception {
        Path file =
                Files.writeString(
                        dir.resolve("words.json"),
                        "[" + issue("H-1", "2021-01-01T00:00:00Z") + ", confidential_words_here]");

        TicketSource source =
                TicketSources.open(file, ExportFormat.JIRA_JSON, IngestOptions.defaults());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessageStartingWith("'" + file + "' is not valid JSON at line 1")
                .hasMessageNotContaining("confidential");
    }

    @Test
    void givenJsonOfAnotherKind_read_failsSayingNotJira() throws Exception {
        Path file = Files.writeString(dir.resolve("other.json"), "[{\"id\": 1, \"name\": \"x\"}]");

        TicketSource source =
                TicketSources.open(file, ExportFormat.JIRA_JSON, IngestOptions.defaults());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessage(
                        "'"
                                + file
                                + "' is not Jira REST JSON: its first element is not an "
                                + "issue object with 'fields'");
    }

    @Test
    void givenObjectWithoutIssues_read_failsSayingNotJira() throws Exception {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"total\": 0}");

        TicketSource source =
                TicketSources.open(file, ExportFormat.JIRA_JSON, IngestOptions.defaults());
        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> source.read(t -> {}));

        assertThat(thrown)
                .hasMessage(
                        "'"
                                + file
                                + "' is not Jira REST JSON: its top object has neither "
                                + "an 'issues' array nor issue 'fields'");
    }

    @Test
    void givenFolderWithoutJsonFiles_open_failsNamingIt() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not json");

        IngestException thrown =
                catchThrowableOfType(
                        IngestException.class,
                        () ->
                                TicketSources.open(
                                        dir, ExportFormat.JIRA_JSON, IngestOptions.defaults()));

        assertThat(thrown).hasMessage("folder '" + dir + "' has no .json files");
    }

    static String issue(String key, String created) {
        return "{\"key\": \""
                + key
                + "\", \"fields\": {\"summary\": \"s\", \"created\": \""
                + created
                + "\"}}";
    }

    private static Exports.Result read(Path file, IngestOptions options) throws Exception {
        return Exports.readAll(file, ExportFormat.JIRA_JSON, options);
    }
}
