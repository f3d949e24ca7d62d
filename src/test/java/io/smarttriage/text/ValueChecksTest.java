package io.smarttriage.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueChecksTest {

    @ParameterizedTest
    @CsvSource({
        "4111 1111 1111 1111, true",
        "4111-1111-1111-1112, false",
        "79927398713, true",
        "79927398710, false"
    })
    void givenDigits_passesLuhn_matchesLuhnRule(String value, boolean expected) {
        boolean valid = ValueChecks.passesLuhn(value);

        assertThat(valid).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "DE89 3704 0044 0532 0130 00, true",
        "GB82WEST12345698765432, true",
        "GB82WEST12345698765431, false",
        "DE89 3704, false",
        "DE89!3704004405320130, false"
    })
    void givenCandidate_isIban_matchesMod97Rule(String value, boolean expected) {
        boolean valid = ValueChecks.isIban(value);

        assertThat(valid).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2001:db8:85a3:0:0:8a2e:370:7334, true",
        "fe80::1, true",
        "::1, true",
        "12:00:00, false",
        "1:2:3:4:5:6:7, false",
        "abc::def, false",
        "1::2::3, false",
        "12345::1, false"
    })
    void givenCandidate_isIpv6_acceptsOnlyAddresses(String value, boolean expected) {
        boolean valid = ValueChecks.isIpv6(value);

        assertThat(valid).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"aaaa, 0.0", "abab, 1.0", "abcd, 2.0"})
    void givenString_entropy_isShannonBitsPerCharacter(String value, double expected) {
        double bits = ValueChecks.entropy(value);

        assertThat(bits).isCloseTo(expected, offset(1e-9));
    }
}
