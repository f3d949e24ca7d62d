package io.smarttriage.text;

import static io.smarttriage.text.RedactionKind.CREDENTIAL_URL;
import static io.smarttriage.text.RedactionKind.EMAIL;
import static io.smarttriage.text.RedactionKind.IBAN;
import static io.smarttriage.text.RedactionKind.IP_ADDRESS;
import static io.smarttriage.text.RedactionKind.MENTION;
import static io.smarttriage.text.RedactionKind.PAYMENT_CARD;
import static io.smarttriage.text.RedactionKind.PHONE;
import static io.smarttriage.text.RedactionKind.SECRET;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ordered redaction rules behind {@link Redactor}; see there for the look-alike policy. */
final class RedactionRules {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    private static final Pattern HEX = Pattern.compile("[0-9a-f-]+|[0-9A-F-]+");

    /** A capitalised or lower-case word, or an upper-case run not followed by lower case. */
    private static final Pattern LETTER_RUN = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])");

    private static final List<String> TOKEN_PREFIXES =
            List.of(
                    "ghp_",
                    "gho_",
                    "ghu_",
                    "ghs_",
                    "ghr_",
                    "github_pat_",
                    "xox",
                    "AKIA",
                    "ASIA",
                    "sk-",
                    "sk_",
                    "AIza",
                    "glpat-",
                    "npm_");

    /** A qualified annotation such as {@code @javax.ejb.Stateless}. */
    private static final Pattern CODE_PACKAGE =
            Pattern.compile("(?:java|javax|jakarta|org|com)\\.");

    /** An inner capital after a small letter, as in {@code @KerberosInfo} or {@code @docRoot}. */
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][A-Z]");

    /** Characters that split generated ids into segments; secrets come in long unbroken runs. */
    private static final Pattern SEGMENT_SEPARATORS = Pattern.compile("[-_/=+.]");

    private static final Set<String> NON_SECRET_VALUES =
            Set.of("true", "false", "null", "none", "yes", "no", "required", "optional");

    /** Lower-case literals that begin every key name of {@link #secretAssignment}. */
    private static final String[] SECRET_KEY_STARTS = {
        "passw", "pwd", "secret", "token", "api", "access", "private", "credential"
    };

    private RedactionRules() {}

    /** Returns the rules in the order they must run. */
    static List<RedactionRule> all() {
        List<RedactionRule> rules = new ArrayList<>(secretRules());
        rules.addAll(peopleRules());
        rules.addAll(numberRules());
        rules.add(randomSecretRule());
        return List.copyOf(rules);
    }

    /** Credential URLs and tokens first: their values may contain {@code @} or digit runs. */
    private static List<RedactionRule> secretRules() {
        return List.of(
                RedactionRule.of(
                                CREDENTIAL_URL,
                                probe -> probe.has("://") && probe.has("@"),
                                "\\b[A-Za-z][A-Za-z0-9+.-]{1,15}://"
                                        + "[^\\s:/@]{1,256}:[^\\s/@]{0,256}@"
                                        + "[^\\s<>\"'|\\]]*")
                        .within(AnchorScope.toWhitespace("://", 16)),
                RedactionRule.of(
                                SECRET,
                                probe -> probe.has("eyJ"),
                                "\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*")
                        .within(StartScope.at("eyJ")),
                RedactionRule.of(SECRET, RedactionRules::hasTokenPrefix, knownTokenPrefixes())
                        .within(
                                StartScope.at(
                                        "gh",
                                        "github_pat_",
                                        "xox",
                                        "AKIA",
                                        "ASIA",
                                        "sk",
                                        "AIza",
                                        "glpat-",
                                        "npm_")),
                RedactionRule.valueIn(
                                SECRET,
                                probe -> probe.hasAnyIgnoreCase("bearer"),
                                "(?i)\\bbearer\\s+([A-Za-z0-9._~+/=-]{16,})",
                                value -> ValueChecks.countDigits(value) > 0)
                        .within(StartScope.atIgnoringCase("bearer")),
                RedactionRule.valueIn(
                                SECRET,
                                probe -> probe.hasAnyIgnoreCase("authorization"),
                                "(?i)\\bauthorization:?\\s*basic\\s+([A-Za-z0-9+/=]{8,})",
                                v -> true)
                        .within(StartScope.atIgnoringCase("authorization")),
                RedactionRule.valueIn(
                                SECRET,
                                RedactionRules::hasSecretKeyword,
                                secretAssignment(),
                                RedactionRules::isSecretValue)
                        .within(StartScope.atIgnoringCase(SECRET_KEY_STARTS)),
                RedactionRule.valueIn(
                                SECRET,
                                probe -> probe.has("<value>"),
                                "(?i)<name>[^<]{0,200}(?:password|secret|token)"
                                        + "[^<]{0,200}</name>\\s*"
                                        + "<value>([^<]{1,200})</value>",
                                RedactionRules::isSecretValue)
                        .within(StartScope.atIgnoringCase("<name>")));
    }

    private static List<RedactionRule> peopleRules() {
        return List.of(
                RedactionRule.of(
                                EMAIL,
                                probe -> probe.has("@"),
                                "(?<![\\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}"
                                        + "(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}\\b")
                        .within(AnchorScope.around("@", 64, AsciiSet.of("A-Za-z0-9.-"))),
                RedactionRule.of(
                                MENTION,
                                probe -> probe.has("[~"),
                                "\\[~(?:accountid:)?[^\\]\\n]{1,128}\\]")
                        .within(StartScope.at("[~")),
                RedactionRule.of(
                                MENTION,
                                probe -> probe.has("@"),
                                "@(?<![\\w@./\\\\-]@)[A-Za-z][\\w.-]{0,62}\\w(?![\\w(=])",
                                RedactionRules::isMention)
                        .within(StartScope.at("@")));
    }

    /** Checked numbers before phone numbers, so a card is never half taken for a phone. */
    private static List<RedactionRule> numberRules() {
        return List.of(
                RedactionRule.of(
                                IBAN,
                                TextProbe::hasIbanStart,
                                "\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b",
                                ValueChecks::isIban)
                        .within(RunScope.of("A-Z0-9 ", RunScope.atLeast(15, "A-Z0-9"))),
                RedactionRule.of(
                                PAYMENT_CARD,
                                probe -> probe.longestDigitRun() >= 13,
                                "(?=[2-6])(?<![\\w.-])[2-6]\\d{3}(?:[ -]?\\d){9,15}(?!\\w|[.-]\\d)",
                                ValueChecks::isCardNumber)
                        .within(RunScope.of("0-9 -", RunScope.atLeast(13, "0-9"))),
                RedactionRule.of(
                                IP_ADDRESS,
                                probe -> probe.has("::") || probe.mostColonsInHexRun() >= 7,
                                "(?=[0-9A-Fa-f:])(?<![\\w:.])[0-9A-Fa-f:]{2,39}(?![\\w:]|\\.\\w)",
                                ValueChecks::isIpv6)
                        .within(RunScope.of("0-9A-Fa-f:", RedactionRules::mayHoldIpv6)),
                RedactionRule.of(
                                IP_ADDRESS,
                                probe -> probe.mostDotsInNumber() >= 3,
                                "(?=\\d)(?<![\\w.]|(?i:version|release|build|rev)[ :]{1,2})"
                                        + OCTET
                                        + "(?:\\."
                                        + OCTET
                                        + "){3}(?!\\w|[.-]\\d)")
                        .within(RunScope.of("0-9.", RunScope.atLeast(3, "."))),
                RedactionRule.of(
                                PHONE,
                                probe -> probe.has("+") && probe.longestDigitRun() >= 8,
                                "\\+(?<![\\w+]\\+)[1-9]\\d{0,2}(?:[ .-]?\\(\\d{1,4}\\))?"
                                        + "(?:[ .-]?\\d{1,5}){2,5}(?!\\w|[.-]\\d)",
                                value -> digitsBetween(value, 8, 15))
                        .within(RunScope.of("0-9+() .-", RunScope.atLeast(8, "0-9"))),
                RedactionRule.of(
                                PHONE,
                                probe -> probe.longestDigitRun() >= 10,
                                "(?=[(\\d])(?<![\\w.-])(?:\\(\\d{3}\\) ?|\\d{3}[ .-])"
                                        + "\\d{3}[ .-]\\d{4}"
                                        + "(?!\\w|[.-]\\d)")
                        .within(RunScope.of("0-9() .-", RunScope.atLeast(10, "0-9"))),
                RedactionRule.of(
                                PHONE,
                                probe -> probe.longestDigitRun() >= 9,
                                "(?=0)(?<![\\w.-])0\\d{1,4}[ /-]\\d{2,8}(?:[ -]\\d{2,4}){0,3}"
                                        + "(?!\\w|[.:/-]\\d)",
                                RedactionRules::isNationalPhone)
                        .within(RunScope.of("0-9 /-", RunScope.atLeast(9, "0-9"))),
                RedactionRule.valueIn(
                                PHONE,
                                probe ->
                                        probe.hasAnyIgnoreCase(
                                                "tel", "phone", "mobile", "cell", "fax"),
                                "(?i)\\b(?:tel|phone|mobile|cell|fax)\\b[.:]?[ \\t]*"
                                        + "(\\+?\\d[\\d ()./-]{5,20}\\d)",
                                value -> digitsBetween(value, 7, 15))
                        .within(
                                StartScope.atIgnoringCase(
                                        "tel", "phone", "mobile", "cell", "fax")));
    }

    /** Last, so that every value with a known shape has already been replaced. */
    private static RedactionRule randomSecretRule() {
        return RedactionRule.of(
                        SECRET,
                        TextProbe::hasLongMixedRun,
                        "(?<![\\w+/=-])[A-Za-z0-9+/_=-]{24,512}(?![\\w+/=-])",
                        RedactionRules::looksRandom)
                .within(RunScope.of("A-Za-z0-9+/_=-", RedactionRules::secretLength));
    }

    /** Whether a run can hold an IPv6 address: one with {@code ::} or eight groups. */
    private static boolean mayHoldIpv6(String text, int start, int end) {
        String run = text.substring(start, end);
        return run.contains("::") || RunScope.atLeast(7, ":").test(run, 0, run.length());
    }

    private static boolean secretLength(String text, int start, int end) {
        return end - start >= 24 && end - start <= 512;
    }

    private static boolean hasTokenPrefix(TextProbe probe) {
        for (String prefix : TOKEN_PREFIXES) {
            if (probe.has(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSecretKeyword(TextProbe probe) {
        return probe.hasAnyIgnoreCase(
                "passw",
                "pwd",
                "secret",
                "token",
                "credential",
                "apikey",
                "api_key",
                "api-key",
                "api.key",
                "accesskey",
                "access_key",
                "access-key",
                "access.key",
                "privatekey",
                "private_key",
                "private-key",
                "private.key");
    }

    private static String knownTokenPrefixes() {
        return "\\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"
                + "|xox[abposr]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16}"
                + "|sk-(?:proj-|live-|test-)?[A-Za-z0-9_-]{20,}|sk_(?:live|test)_[A-Za-z0-9]{16,}"
                + "|AIza[0-9A-Za-z_-]{35}|glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36})\\b";
    }

    /** A key name that ends in a secret word, then {@code :} or {@code =}, then the value. */
    private static String secretAssignment() {
        return "(?i)(?:password|passwd|pwd|secret|token|api[_.-]?key"
                + "|access[_.-]?key|private[_.-]?key|credentials?)[\"']?[ \\t]*[:=][ \\t]*"
                + "(\"[^\"\\n]{1,200}\"|'[^'\\n]{1,200}'|[^\\s\"',;&<>)\\]}]{1,200})";
    }

    private static boolean isSecretValue(String value) {
        String bare = value.replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
        return !bare.isBlank() && !bare.startsWith("redacted") && !NON_SECRET_VALUES.contains(bare);
    }

    /** Whether {@code @name} names a person rather than an annotation, tag or decorator. */
    private static boolean isMention(String value) {
        String name = value.substring(1);
        String lower = name.toLowerCase(Locale.ROOT);
        return !CodeTags.contains(lower)
                && !CODE_PACKAGE.matcher(lower).lookingAt()
                && !CAMEL_CASE.matcher(name).find();
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
     * Whether a long token reads like a generated key rather than a name, path, id or digest: its
     * longest segment between {@code - _ / = + .} has 16+ characters, mixes digits and letters, has
     * high entropy, keeps its letters in short same-case runs (names such as {@code
     * TestHiveServer2Session} have word-long runs) and is not plain single-case hex (digests and
     * block ids, which the tokenizer drops for length anyway). Segmented ids such as {@code
     * task_1437756808808_1395_m_000035} or UUIDs therefore stay.
     */
    private static boolean looksRandom(String value) {
        if (value.startsWith("redacted")) {
            return false;
        }
        String segment = longestSegment(value);
        if (segment.length() < 16 || HEX.matcher(segment).matches()) {
            return false;
        }
        int digits = ValueChecks.countDigits(segment);
        int letters = (int) segment.chars().filter(Character::isLetter).count();
        return digits >= 1
                && letters >= 4
                && ValueChecks.entropy(segment) >= 3.3
                && meanLetterRun(segment) < 3.0;
    }

    private static String longestSegment(String value) {
        String longest = "";
        for (String segment : SEGMENT_SEPARATORS.split(value)) {
            longest = segment.length() > longest.length() ? segment : longest;
        }
        return longest;
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
