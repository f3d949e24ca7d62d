package io.smarttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain-words descriptions of the CSV parser's messages. */
class CsvProblemTest {

    @Test
    void givenCharacterAfterClosingQuote_whenDescribed_thenNamesTheQuoteWithoutParserLines() {
        String message =
                "IOException reading next record: java.io.IOException: (startline 7) Invalid"
                        + " character between encapsulated token and delimiter at line: 7,"
                        + " position: 12";

        String described = CsvProblem.describe(message);

        assertThat(described)
                .isEqualTo("a closing quote is followed by other characters before the next comma");
    }

    @Test
    void givenUnknownParserMessage_whenDescribed_thenKeepsItWithoutPrefixAndStartLine() {
        String message = "java.io.IOException: (startline 4) something new";

        String described = CsvProblem.describe(message);

        assertThat(described).isEqualTo("something new");
    }
}
