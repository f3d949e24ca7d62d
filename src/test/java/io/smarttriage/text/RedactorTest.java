package io.smarttriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @MethodSource("io.smarttriage.text.RedactionFixtures#valuesByKind")
    void givenTextWithValue_redact_valueReplacedByPlaceholderAndCounted(
            RedactionKind kind, String text, String value) {
        Redactor fresh = new Redactor();

        Redaction redaction = fresh.redact(text);

        assertThat(redaction.text()).doesNotContain(value).contains(kind.placeholder());
        assertThat(redaction.count(kind)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Fixed in HIVE-1234 and HADOOP-12345",
                "Started 2016-01-01 12:00:00,123 and again 01/02/2016",
                "Card-like 1234567890123456 fails the Luhn check",
                "Card-like 4111 1111 1111 1112 fails the Luhn check",
                "IBAN-like GB82WEST12345698765431 fails mod 97",
                "Upgrade to version 1.2.3.4 or v1.2.3.4 or 2.6.5.0-292 or 1.2.3.4.5",
                "Hive 3.1.0 on Hadoop 2.7.3",
                "Listening on localhost:10000 and port 8080 at 12:30:00",
                "Processed 1000000 rows in 1234567 ms",
                "See RFC 7231 and ISO 8601",
                "@Override and @param and @SuppressWarnings(\"x\")",
                "Crash at @bci=12 in @KerberosInfo and @javax.ejb.Stateless",
                "Built 20050116052458 in zone +0530 2016",
                "Ids task_1437756808808_1395_m_000035 and 550e8400-e29b-41d4-a716-446655440000",
                "TestHiveServer2SessionTimeout and org/apache/hadoop/hive/ql/exec/Task",
                "digest a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
                "token: null and password = true"
            })
    void givenLookAlike_redact_textUnchanged(String text) {
        Redactor fresh = new Redactor();

        Redaction redaction = fresh.redact(text);

        assertThat(redaction.text()).isEqualTo(text);
        assertThat(redaction.counts()).isEmpty();
    }

    @Test
    void givenBareDottedQuad_redact_takenForIpAddress() {
        String text = "Broken since 1.2.3.4 was deployed";

        Redaction redaction = redactor.redact(text);

        assertThat(redaction.text()).isEqualTo("Broken since redactedip was deployed");
    }

    @Test
    void givenSeveralValues_redact_countsEachKind() {
        String text = "Mail a@example.com or b@example.org, call +49 30 1234 5678";

        Redaction redaction = redactor.redact(text);

        assertThat(redaction.counts())
                .isEqualTo(Map.of(RedactionKind.EMAIL, 2, RedactionKind.PHONE, 1));
    }

    @Test
    void givenNull_redact_emptyTextAndNoCounts() {
        String text = null;

        Redaction redaction = redactor.redact(text);

        assertThat(redaction.text()).isEmpty();
        assertThat(redaction.counts()).isEmpty();
    }
}
