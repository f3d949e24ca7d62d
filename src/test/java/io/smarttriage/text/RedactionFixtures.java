package io.smarttriage.text;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Hand-written sentences holding one personal or secret value each, shared by tests. */
final class RedactionFixtures {

    private RedactionFixtures() {}

    /** Arguments: kind, a sentence, and the part of it that must disappear. */
    static Stream<Arguments> valuesByKind() {
        return Stream.of(
                Arguments.of(
                        RedactionKind.EMAIL,
                        "Reply to jane.doe@example.com today",
                        "jane.doe@example.com"),
                Arguments.of(RedactionKind.PHONE, "Call +44 20 7946 0958 after lunch", "7946 0958"),
                Arguments.of(RedactionKind.PHONE, "Call +1-555-867-5309 after lunch", "867-5309"),
                Arguments.of(RedactionKind.PHONE, "Desk (555) 867-5309 after lunch", "867-5309"),
                Arguments.of(RedactionKind.PHONE, "Office 030 12345678 after lunch", "12345678"),
                Arguments.of(RedactionKind.PHONE, "Tel: 5558675309 after lunch", "5558675309"),
                Arguments.of(RedactionKind.IP_ADDRESS, "Server 10.20.30.40 is down", "10.20.30.40"),
                Arguments.of(
                        RedactionKind.IP_ADDRESS,
                        "Server fe80::1ff:fe23:4567:890a is down",
                        "fe23:4567"),
                Arguments.of(
                        RedactionKind.IP_ADDRESS,
                        "Server 2001:db8:85a3:0:0:8a2e:370:7334 is down",
                        "8a2e:370"),
                Arguments.of(
                        RedactionKind.CREDENTIAL_URL,
                        "Clone https://deploy:Xy9secret@repo.example.org/maven fails",
                        "Xy9secret"),
                Arguments.of(
                        RedactionKind.PAYMENT_CARD,
                        "Card 4111 1111 1111 1111 declined",
                        "4111 1111 1111 1111"),
                Arguments.of(
                        RedactionKind.PAYMENT_CARD,
                        "Card 5500-0000-0000-0004 declined",
                        "5500-0000-0000-0004"),
                Arguments.of(
                        RedactionKind.PAYMENT_CARD,
                        "Card 378282246310005 declined",
                        "378282246310005"),
                Arguments.of(
                        RedactionKind.IBAN,
                        "Refund to DE89 3704 0044 0532 0130 00 please",
                        "3704 0044 0532"),
                Arguments.of(
                        RedactionKind.IBAN,
                        "Refund to GB82WEST12345698765432 please",
                        "GB82WEST12345698765432"),
                Arguments.of(
                        RedactionKind.SECRET,
                        "Token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 leaked",
                        "a1B2c3D4e5F6g7H8i9J0"),
                Arguments.of(
                        RedactionKind.SECRET,
                        "Token github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv leaked",
                        "11ABCDEFG0123456789"),
                Arguments.of(
                        RedactionKind.SECRET,
                        "Token xoxb-1234567890-abcdefghij leaked",
                        "abcdefghij"),
                Arguments.of(
                        RedactionKind.SECRET,
                        "Key AKIAZ7Q3EXAMPLE4ABCD leaked",
                        "AKIAZ7Q3EXAMPLE4ABCD"),
                Arguments.of(
                        RedactionKind.SECRET,
                        "Key sk-abcdEFGH1234ijklMNOP5678 leaked",
                        "abcdEFGH1234ijklMNOP5678"),
                Arguments.of(
                        RedactionKind.SECRET,
                        "Header eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl leaked",
                        "c2lnbmF0dXJl"),
                Arguments.of(
                        RedactionKind.SECRET,
                        "Authorization: Bearer abc123def456ghi789jkl leaked",
                        "abc123def456"),
                Arguments.of(RedactionKind.SECRET, "Config password=hunter2 leaked", "hunter2"),
                Arguments.of(
                        RedactionKind.SECRET, "Config apikey: 'q9Zr77word' leaked", "q9Zr77word"),
                Arguments.of(
                        RedactionKind.SECRET,
                        "Value Zq8vN2xLp0Wm4Ry7Tb6Kc1Hd leaked",
                        "Zq8vN2xLp0Wm4Ry7Tb6Kc1Hd"),
                Arguments.of(RedactionKind.MENTION, "Assigning to [~jsmithers] now", "jsmithers"),
                Arguments.of(
                        RedactionKind.MENTION,
                        "Assigning to [~accountid:5b10ac8d82e05b22cc7d4ef5] now",
                        "5b10ac8d82e05b22cc7d4ef5"),
                Arguments.of(RedactionKind.MENTION, "Assigning to @jsmithers now", "jsmithers"));
    }
}
