package io.smarttriage.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.Reason;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that every message key used is defined, identically, in every locale. */
class I18nBundleTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path ENGLISH = ROOT.resolve("i18n/smart-triage.properties");
    private static final Path GERMAN = ROOT.resolve("i18n/smart-triage_de.properties");
    private static final Pattern DESCRIPTOR_KEY =
            Pattern.compile(
                    "(?:i18n-name-key|<label key|<description key|<title key)=\"([^\"]+)\"");
    private static final Pattern SCRIPT_KEY =
            Pattern.compile("AJS\\.I18n\\.getText\\(\\s*'([^']+)'");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$i18n\\.getText\\(\"([^\"]+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(smarttriage\\.[a-z0-9.-]+)\"");

    @Test
    void givenEnglishAndGerman_keySets_areIdentical() throws IOException {
        Set<String> english = keys(ENGLISH);

        Set<String> german = keys(GERMAN);

        assertThat(german).isEqualTo(english);
    }

    @Test
    void givenEveryLocale_values_areNeverBlank() throws IOException {
        List<Properties> locales = List.of(load(ENGLISH), load(GERMAN));

        List<Object> blankKeys =
                locales.stream()
                        .flatMap(p -> p.entrySet().stream())
                        .filter(e -> e.getValue().toString().isBlank())
                        .map(e -> e.getKey())
                        .toList();

        assertThat(blankKeys).isEmpty();
    }

    @Test
    void givenEveryLocale_apostrophes_areDoubledAsMessageFormatNeeds() throws IOException {
        List<Properties> locales = List.of(load(ENGLISH), load(GERMAN));
        Pattern loneQuote = Pattern.compile("(?<!')'(?!')");

        List<Object> keysWithLoneQuote =
                locales.stream()
                        .flatMap(p -> p.entrySet().stream())
                        .filter(e -> loneQuote.matcher(e.getValue().toString()).find())
                        .map(e -> e.getKey())
                        .toList();

        assertThat(keysWithLoneQuote).isEmpty();
    }

    @Test
    void givenEveryDecisionActionAndField_messageKey_existsInEveryLocale() throws IOException {
        List<String> messageKeys =
                Stream.concat(
                                Arrays.stream(Action.values()).map(Action::messageKey),
                                Arrays.stream(TargetField.values()).map(TargetField::messageKey))
                        .toList();

        Set<String> english = keys(ENGLISH);
        Set<String> german = keys(GERMAN);

        assertThat(english).containsAll(messageKeys);
        assertThat(german).containsAll(messageKeys);
    }

    @Test
    void givenEveryLocaleFile_bytes_areAsciiWithUnicodeEscapes() throws IOException {
        List<Path> files = List.of(ENGLISH, GERMAN);

        List<Path> nonAscii =
                files.stream()
                        .filter(
                                f ->
                                        !StandardCharsets.US_ASCII
                                                .newEncoder()
                                                .canEncode(readLatin1(f)))
                        .toList();

        assertThat(nonAscii).isEmpty();
    }

    @Test
    void givenGadgetScripts_i18nCalls_allUseLiteralKeysTheTransformerCanReplace()
            throws IOException {
        List<Path> scripts = files(ROOT.resolve("src/main/resources/js"));

        Set<String> calls = matches(Pattern.compile("AJS\\.I18n\\.getText\\(([^)]*)"), scripts);

        assertThat(matches(SCRIPT_KEY, scripts)).hasSizeGreaterThan(30);
        assertThat(calls).allMatch(call -> call.trim().startsWith("'smarttriage."));
    }

    @Test
    void givenDescriptorTemplatesAndJava_usedKeys_existInEveryLocale() throws IOException {
        Set<String> used = new TreeSet<>(matches(DESCRIPTOR_KEY, List.of(descriptor())));
        used.addAll(matches(TEMPLATE_KEY, files(ROOT.resolve("src/main/resources/templates"))));
        used.addAll(matches(JAVA_KEY, files(ROOT.resolve("src/main/java"))));
        used.addAll(matches(SCRIPT_KEY, files(ROOT.resolve("src/main/resources/js"))));

        Set<String> english = keys(ENGLISH);
        Set<String> german = keys(GERMAN);

        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
        assertThat(german).containsAll(used);
    }

    @Test
    void givenEveryDecisionReason_messageKey_existsInEveryLocale() throws IOException {
        List<String> reasonKeys = Arrays.stream(Reason.values()).map(Reason::messageKey).toList();

        Set<String> english = keys(ENGLISH);
        Set<String> german = keys(GERMAN);

        assertThat(english).containsAll(reasonKeys);
        assertThat(german).containsAll(reasonKeys);
    }

    private static String readLatin1(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path descriptor() {
        return ROOT.resolve("atlassian-plugin.xml");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static Set<String> matches(Pattern pattern, List<Path> files) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : files) {
            Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static Set<String> keys(Path bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }
}
