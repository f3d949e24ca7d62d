package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests for {@link DateReader}. */
class DateReaderTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "16/Mar/09 6:16 PM; 2009-03-16T22:16:00Z",
                "16/MAR/09 6:16 pm; 2009-03-16T22:16:00Z",
                "16/Mar/09 18:16; 2009-03-16T22:16:00Z",
                "01/Sep/21 12:05 AM; 2021-09-01T04:05:00Z",
                "2009-03-16T18:16:00.000+0000; 2009-03-16T18:16:00Z",
                "2009-03-16T18:16:00+01:00; 2009-03-16T17:16:00Z",
                "2009-03-16T18:16:00Z; 2009-03-16T18:16:00Z",
                "2009-03-16T18:16; 2009-03-16T22:16:00Z",
                "2009-03-16 18:16:30; 2009-03-16T22:16:30Z",
                "2009-03-16; 2009-03-16T04:00:00Z"
            })
    void givenJiraOrIsoForm_parse_returnsTheInstantInTheZone(String text, String expected) {
        DateReader reader = new DateReader(JiraCsvSource.DEFAULT_PATTERNS, NEW_YORK);

        Instant parsed = reader.parse(text);

        assertThat(parsed).isEqualTo(Instant.parse(expected));
    }

    @Test
    void givenValueInNoPattern_parse_failsNamingValueAndPatterns() {
        DateReader reader = new DateReader(List.of("dd.MM.yyyy"), NEW_YORK);

        DateTimeException thrown =
                catchThrowableOfType(DateTimeException.class, () -> reader.parse(" 3 days ago "));

        assertThat(thrown)
                .hasMessage("'3 days ago' is not a date in pattern dd.MM.yyyy (nor ISO-8601)");
    }

    @Test
    void givenInvalidPattern_checkPattern_failsNamingIt() {
        String pattern = "dd/MMM/yy {";

        IllegalArgumentException thrown =
                catchThrowableOfType(
                        IllegalArgumentException.class, () -> DateReader.checkPattern(pattern));

        assertThat(thrown).hasMessageStartingWith("'dd/MMM/yy {' is not a date pattern");
    }
}
