package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for built-in and file-based {@link ColumnMapping}s. */
class ColumnMappingsTest {
    @TempDir Path dir;

    @Test
    void givenBuiltInName_resolve_returnsThatMapping() throws Exception {
        String name = "it-service-tickets";

        ColumnMapping mapping = ColumnMappings.resolve(name);

        assertThat(mapping.name()).isEqualTo(name);
        assertThat(mapping.column(TicketField.CATEGORY)).contains("Topic_group");
        assertThat(mapping.keyPrefix()).isEqualTo("ITS");
    }

    @Test
    void givenApacheBugsMapping_columns_leaveOutCategoryAndMapEveryOtherField() {
        ColumnMapping mapping = ColumnMappings.apacheJiraBugs();

        var columns = mapping.columns();

        assertThat(columns)
                .doesNotContainKey(TicketField.CATEGORY)
                .containsEntry(TicketField.AFFECTS_VERSIONS, "affects_versions")
                .hasSize(TicketField.values().length - 1);
    }

    @Test
    void givenMappingFile_resolve_readsColumnsSeparatorPatternAndZone() throws Exception {
        Path file =
                Exports.write(
                        dir,
                        "m.properties",
                        "key=Ticket",
                        "summary=Title",
                        "components=Parts",
                        "created=Opened",
                        "list.separator=;",
                        "date.pattern=dd.MM.yyyy HH:mm",
                        "date.zone=Europe/Berlin");

        ColumnMapping mapping = ColumnMappings.resolve(file.toString());

        assertThat(mapping.columns())
                .containsOnlyKeys(
                        TicketField.KEY,
                        TicketField.SUMMARY,
                        TicketField.COMPONENTS,
                        TicketField.CREATED);
        assertThat(mapping.listSeparator()).isEqualTo(";");
        assertThat(mapping.datePattern()).isEqualTo("dd.MM.yyyy HH:mm");
        assertThat(mapping.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void givenMisspelledProperty_load_failsNamingIt() throws Exception {
        Path file = Exports.write(dir, "m.properties", "key=Ticket", "sumary=Title");

        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> ColumnMappings.load(file));

        assertThat(thrown)
                .hasMessageStartingWith("mapping '" + file + "' has unknown properties [sumary]");
    }

    @Test
    void givenUnknownDateZone_load_failsNamingThePropertyAndValue() throws Exception {
        Path file = Exports.write(dir, "m.properties", "key=Ticket", "date.zone=Mars/Base");

        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> ColumnMappings.load(file));

        assertThat(thrown)
                .hasMessage(
                        "mapping '"
                                + file
                                + "' is invalid: date.zone 'Mars/Base' is not a time zone ID"
                                + " such as UTC or Europe/Berlin");
    }

    @Test
    void givenNoKeyColumnNorPrefix_load_failsSayingHowToGetKeys() throws Exception {
        Path file = Exports.write(dir, "m.properties", "summary=Title");

        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> ColumnMappings.load(file));

        assertThat(thrown)
                .hasMessage(
                        "mapping '"
                                + file
                                + "' is invalid: mapping '"
                                + file
                                + "' needs a column for key or a key prefix to number rows");
    }

    @Test
    void givenUnknownNameThatIsNoFile_resolve_failsListingBuiltIns() {
        String name = "apache-jira-bug";

        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> ColumnMappings.resolve(name));

        assertThat(thrown)
                .hasMessage(
                        "mapping 'apache-jira-bug' is "
                                + "neither a built-in mapping [apache-jira-bugs, "
                                + "apache-jira-triage, "
                                + "it-service-tickets] nor an "
                                + "existing mapping file");
    }

    @Test
    void givenBadZone_load_failsNamingIt() throws Exception {
        Path file = Exports.write(dir, "m.properties", "key=K", "date.zone=Mars/Base");

        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> ColumnMappings.load(file));

        assertThat(thrown).hasMessageContaining("Mars/Base");
    }
}
