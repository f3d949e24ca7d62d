package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Tests for {@link ExportFormat#parse(String)}. */
class ExportFormatTest {

    @Test
    void givenCommandLineSpelling_parse_returnsFormat() throws Exception {
        String name = " jira-json ";

        ExportFormat format = ExportFormat.parse(name);

        assertThat(format).isEqualTo(ExportFormat.JIRA_JSON);
    }

    @Test
    void givenUnknownName_parse_failsListingTheFormats() {
        String name = "xml";

        IngestException thrown =
                catchThrowableOfType(IngestException.class, () -> ExportFormat.parse(name));

        assertThat(thrown).hasMessage("format 'xml' is not one of jira-csv, jira-json, mapped-csv");
    }
}
