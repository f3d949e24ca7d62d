package io.smarttriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Scoped redaction rules must find exactly what a scan of the whole text finds. */
class RedactionScopeTest {

    private static final List<String> PIECES =
            List.of(
                    "a",
                    "Z",
                    "x",
                    "f",
                    "E",
                    "0",
                    "1",
                    "4",
                    "7",
                    "9",
                    " ",
                    "\n",
                    "\t",
                    "@",
                    ".",
                    ":",
                    "/",
                    "-",
                    "_",
                    "+",
                    "=",
                    "(",
                    ")",
                    "%",
                    "://",
                    "user:pw@",
                    "https",
                    "mail.example.com",
                    "4111 1111 1111 1111",
                    "+49 30 1234 5678",
                    "(555) 123-4567",
                    "030 1234-5678",
                    "192.168.10.1",
                    "version ",
                    "fe80::1",
                    "2001:db8:0:0:0:0:2:1",
                    "Zq3vX9pL2mN8rT5wY7kB4cF1",
                    "aB3dE5fG7hJ9kL1mN3pQ5rS7",
                    "github_pat_",
                    "ghp_",
                    "sk-",
                    "sk_live_",
                    "xoxb-",
                    "AKIA",
                    "AIza",
                    "glpat-",
                    "npm_",
                    "eyJ",
                    "Bearer ",
                    "Authorization: Basic ",
                    "passWord=",
                    "API_KEY: ",
                    "\"",
                    "'",
                    "Tel: ",
                    "phone ",
                    "fax.",
                    "<name>",
                    "</name>",
                    "<value>",
                    "</value>",
                    "[~",
                    "]",
                    "GB82 WEST 1234 5698 7654 32",
                    "github_pat_11ABCDEFG0123456789_abcdefghij",
                    "ghp_abcdefghijklmnopqrstuvwxyz0123",
                    "sk-proj-abcdefghijklmnopqrstu12",
                    "xoxb-1234567890-abcdef",
                    "AKIAIOSFODNN7EXAMPLE",
                    "Bearer abcdef1234567890abcd",
                    "password=hunter2",
                    "eyJhbGciOi.eyJzdWIi.sig",
                    "ftp://bob:pw@host/x");

    @Property(tries = 3000)
    void givenMixedText_applyScopedRules_sameTextAndCountsAsWholeTextScans(
            @ForAll("mixedText") String text) {
        List<RedactionRule> rules = RedactionRules.all();

        List<String> scoped = rules.stream().map(rule -> applied(rule, text)).toList();

        List<String> whole =
                rules.stream().map(rule -> applied(rule.within(MatchScope.WHOLE), text)).toList();
        assertThat(scoped).isEqualTo(whole);
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    private static String applied(RedactionRule rule, String text) {
        int[] counts = new int[RedactionKind.values().length];
        String result = rule.apply(text, counts);
        return result + " " + Arrays.toString(counts);
    }
}
