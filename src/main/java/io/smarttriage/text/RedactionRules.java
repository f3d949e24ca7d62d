package io.smarttriage.text;

import static io.smarttriage.text.RedactionKind.CREDENTIAL_URL;
import static io.smarttriage.text.RedactionKind.EMAIL;
import static io.smarttriage.text.RedactionKind.IBAN;
import static io.smarttriage.text.RedactionKind.IP_ADDRESS;
import static io.smarttriage.text.RedactionKind.MENTION;
import static io.smarttriage.text.RedactionKind.PAYMENT_CARD;
import static io.smarttriage.text.RedactionKind.PHONE;
import static io.smarttriage.text.RedactionKind.SECRET;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ordered redaction rules behind {@link Redactor}; see there for the look-alike policy. */
final class RedactionRules {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    private static final Set<String> CODE_TAGS = Set.of(
            "override", "test", "deprecated", "suppresswarnings", "functionalinterface",
            "safevarargs", "param", "return", "returns", "throws", "exception", "see", "since",
            "link", "linkplain", "code", "author", "version", "inheritdoc", "value", "literal",
            "before", "after", "beforeclass", "afterclass", "beforeeach", "aftereach",
            "beforeall", "afterall", "ignore", "disabled", "inject", "autowired", "nullable",
            "nonnull", "visiblefortesting", "interfaceaudience", "interfacestability", "private",
            "public", "evolving", "unstable", "stable", "limitedprivate", "property",
            "staticmethod", "classmethod", "media", "import", "echo", "rule", "mock", "path",
            "get", "post", "put", "delete", "produces", "consumes");

    private static final Pattern HEX = Pattern.compile("[0-9a-f-]+|[0-9A-F-]+");

    /** A capitalised or lower-case word, or an upper-case run not followed by lower case. */
    private static final Pattern LETTER_RUN =
            Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])");

    private static final Set<String> NON_SECRET_VALUES =
            Set.of("true", "false", "null", "none", "yes", "no", "required", "optional");

    private RedactionRules() {
    }

    /** Returns the rules in the order they must run. */
    static List<RedactionRule> all() {
        return List.of(
                RedactionRule.of(CREDENTIAL_URL,
                        "\\b[A-Za-z][A-Za-z0-9+.-]{1,15}://[^\\s:/@]{1,256}:[^\\s/@]{0,256}@"
                                + "[^\\s<>\"'|\\]]*"),
                RedactionRule.of(SECRET,
                        "\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"),
                RedactionRule.of(SECRET, knownTokenPrefixes()),
                RedactionRule.valueIn(SECRET,
                        "(?i)\\bbearer\\s+([A-Za-z0-9._~+/=-]{16,})",
                        value -> ValueChecks.countDigits(value) > 0),
                RedactionRule.valueIn(SECRET,
                        "(?i)\\bauthorization:?\\s*basic\\s+([A-Za-z0-9+/=]{8,})", v -> true),
                RedactionRule.valueIn(SECRET, secretAssignment(), RedactionRules::isSecretValue),
                RedactionRule.valueIn(SECRET,
                        "(?i)<name>[^<]{0,200}(?:password|secret|token)[^<]{0,200}</name>\\s*"
                                + "<value>([^<]{1,200})</value>",
                        RedactionRules::isSecretValue),
                RedactionRule.of(EMAIL,
                        "(?<![\\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}"
                                + "(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}\\b"),
                RedactionRule.of(MENTION, "\\[~(?:accountid:)?[^\\]\\n]{1,128}\\]"),
                RedactionRule.of(MENTION,
                        "(?<![\\w@./\\\\-])@[A-Za-z][\\w.-]{0,62}\\w(?![\\w(])",
                        RedactionRules::isMention),
                RedactionRule.of(IBAN,
                        "\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b",
                        ValueChecks::isIban),
                RedactionRule.of(PAYMENT_CARD,
                        "(?<![\\w.-])[2-6]\\d{3}(?:[ -]?\\d){9,15}(?!\\w|[.-]\\d)",
                        ValueChecks::passesLuhn),
                RedactionRule.of(IP_ADDRESS,
                        "(?<![\\w:.])[0-9A-Fa-f:]{2,39}(?![\\w:]|\\.\\w)",
                        ValueChecks::isIpv6),
                RedactionRule.of(IP_ADDRESS,
                        "(?<![\\w.]|(?i:version|release|build|rev)[ :]{1,2})"
                                + OCTET + "(?:\\." + OCTET + "){3}(?!\\w|[.-]\\d)"),
                RedactionRule.of(PHONE,
                        "(?<![\\w+])\\+\\d{1,3}(?:[ .-]?\\(\\d{1,4}\\))?(?:[ .-]?\\d{1,5}){2,5}"
                                + "(?!\\w|[.-]\\d)",
                        value -> digitsBetween(value, 8, 15)),
                RedactionRule.of(PHONE,
                        "(?<![\\w.-])(?:\\(\\d{3}\\) ?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}"
                                + "(?!\\w|[.-]\\d)"),
                RedactionRule.of(PHONE,
                        "(?<![\\w.-])0\\d{1,4}[ /-]\\d{2,8}(?:[ -]\\d{2,4}){0,3}"
                                + "(?!\\w|[.:/-]\\d)",
                        RedactionRules::isNationalPhone),
                RedactionRule.valueIn(PHONE,
                        "(?i)\\b(?:tel|phone|mobile|cell|fax)\\b[.:]?[ \\t]*"
                                + "(\\+?\\d[\\d ()./-]{5,20}\\d)",
                        value -> digitsBetween(value, 7, 15)),
                RedactionRule.of(SECRET,
                        "(?<![\\w+/=-])[A-Za-z0-9+/_=-]{24,512}(?![\\w+/=-])",
                        RedactionRules::looksRandom));
    }

    private static String knownTokenPrefixes() {
        return "\\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"
                + "|xox[abposr]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}"
                + "|sk-(?:proj-|live-|test-)?[A-Za-z0-9_-]{20,}|sk_(?:live|test)_[A-Za-z0-9]{16,}"
                + "|AIza[0-9A-Za-z_-]{35}|glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36})\\b";
    }

    private static String secretAssignment() {
        return "(?i)\\b[\\w.-]{0,64}(?:password|passwd|pwd|secret|token|api[_.-]?key"
                + "|access[_.-]?key|private[_.-]?key|credentials?)[\"']?[ \\t]*[:=][ \\t]*"
                + "(\"[^\"\\n]{1,200}\"|'[^'\\n]{1,200}'|[^\\s\"',;&<>)\\]}]{1,200})";
    }

    private static boolean isSecretValue(String value) {
        String bare = value.replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
        return !bare.isBlank() && !bare.startsWith("redacted") && !NON_SECRET_VALUES.contains(bare);
    }

    private static boolean isMention(String value) {
        return !CODE_TAGS.contains(value.substring(1).toLowerCase(Locale.ROOT));
    }

    private static boolean isNationalPhone(String value) {
        String digits = ValueChecks.digitsOf(value);
        long zeros = digits.chars().filter(c -> c == '0').count();
        return digits.length() >= 9 && digits.length() <= 12 && zeros * 2 < digits.length();
    }

    private static boolean digitsBetween(String value, int min, int max) {
        int digits = ValueChecks.countDigits(value);
        return digits >= min && digits <= max;
    }

    /**
     * Whether a long token reads like a generated key rather than a name, path or digest: it
     * mixes digits and letters, has high entropy, its letters come in short same-case runs
     * (names such as {@code TestHiveServer2Session} have word-long runs) and it is not plain
     * single-case hex (digests and block ids, which the tokenizer drops for length anyway).
     */
    private static boolean looksRandom(String value) {
        if (value.startsWith("redacted") || HEX.matcher(value).matches()) {
            return false;
        }
        int digits = ValueChecks.countDigits(value);
        int letters = (int) value.chars().filter(Character::isLetter).count();
        return digits >= 1 && letters >= 4 && ValueChecks.entropy(value) >= 3.5
                && meanLetterRun(value) < 3.0;
    }

    private static double meanLetterRun(String value) {
        Matcher runs = LETTER_RUN.matcher(value);
        int count = 0;
        int length = 0;
        while (runs.find()) {
            count++;
            length += runs.end() - runs.start();
        }
        return count == 0 ? 0 : (double) length / count;
    }
}
