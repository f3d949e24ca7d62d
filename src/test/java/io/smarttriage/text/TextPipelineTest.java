package io.smarttriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextPipelineTest {

    private final TextPipeline pipeline = new TextPipeline();

    @Test
    void givenTicket_tokens_markedWordsSignaturesAndCategories() {
        Ticket ticket =
                ticket(
                        "Metastore crashes",
                        "Query fails\n"
                                + "java.lang.IllegalStateException: closed\n"
                                + "\tat org.apache.hadoop.hive.metastore.ObjectStore.get"
                                + "(ObjectStore.java:1)",
                        "Ubuntu server");

        List<String> tokens = pipeline.tokens(ticket);

        assertThat(tokens)
                .containsExactly(
                        "s:metastore",
                        "s:crashes",
                        "query",
                        "fails",
                        "e:ubuntu",
                        "e:server",
                        "exc_illegalstateexception",
                        "frame_objectstore_get",
                        "pkg_hadoop_hive",
                        "project=HIVE",
                        "component=Query_Processor",
                        "label=sql",
                        "version=3.1.0");
    }

    @Test
    void givenTicketWithPeople_tokens_neverNameReporterOrAssignee() {
        Ticket ticket =
                Ticket.builder("HIVE-7", null)
                        .summary("Broken join")
                        .reporter("quentinreporter")
                        .assignee("astridassignee")
                        .build();

        List<String> tokens = pipeline.tokens(ticket);

        assertThat(String.join(" ", tokens)).doesNotContain("quentin", "astrid");
    }

    @Test
    void givenSpecWithoutComponent_tokens_noComponentToken() {
        TextPipeline componentModel =
                new TextPipeline(FeatureSpec.all().without(FeatureField.COMPONENT));

        List<String> tokens = componentModel.tokens(ticket("Metastore crashes", "", ""));

        assertThat(tokens)
                .noneMatch(token -> token.startsWith("component="))
                .contains("project=HIVE");
    }

    @Test
    void givenSpecWithBigrams_tokens_addsConsecutiveWordPairs() {
        TextPipeline withBigrams = new TextPipeline(FeatureSpec.all().withBigrams(true));

        List<String> tokens = withBigrams.tokens(ticket("Metastore crashes often", "", ""));

        assertThat(tokens).contains("s:metastore+crashes", "s:crashes+often");
    }

    @ParameterizedTest
    @MethodSource("io.smarttriage.text.RedactionFixtures#valuesByKind")
    void givenValueInEveryTextField_tokens_noPartOfValueButPlaceholder(
            RedactionKind kind, String text, String value) {
        Ticket ticket =
                Ticket.builder("HELP-1", null)
                        .summary(text)
                        .description(text)
                        .environment(text)
                        .labels(List.of(text))
                        .build();

        List<String> tokens = pipeline.tokens(ticket);

        assertThat(tokens)
                .doesNotContainAnyElementsOf(partsOf(value))
                .contains(kind.placeholder(), "s:" + kind.placeholder());
        assertThat(String.join(" ", tokens)).doesNotContain(value);
    }

    @Test
    void givenThreeMegabyteDescription_tokens_boundedWordsAndSignatures() {
        String trace = "java.lang.OutOfMemoryError: heap\n\tat org.example.Big.load(Big.java:1)\n";
        String raw = trace + "word filler text\n".repeat(180_000);

        List<String> tokens = pipeline.tokens(ticket("Huge log", raw, ""));

        assertThat(tokens)
                .contains("exc_outofmemoryerror", "frame_big_load")
                .hasSizeLessThan(TextPipeline.WORD_WINDOW / 4);
    }

    @Test
    void givenBlankText_clean_empty() {
        String raw = " \n\t ";

        String clean = pipeline.clean(raw);

        assertThat(clean).isEmpty();
    }

    @Test
    void givenTextWithValues_analyse_reportsRedactionCounts() {
        String raw = "Mail jane.doe@example.com from 10.0.0.1";

        CleanText clean = pipeline.analyse(raw);

        assertThat(clean.redactions())
                .containsEntry(RedactionKind.EMAIL, 1)
                .containsEntry(RedactionKind.IP_ADDRESS, 1);
        assertThat(clean.asString()).isEqualTo("Mail redactedemail from redactedip");
    }

    private static List<String> partsOf(String value) {
        List<String> words = new ArrayList<>(new Tokenizer().tokens(value));
        words.add(value);
        return words.stream().flatMap(word -> Stream.of(word, "s:" + word, "e:" + word)).toList();
    }

    private static Ticket ticket(String summary, String description, String environment) {
        return Ticket.builder("HIVE-1", null)
                .project("HIVE")
                .summary(summary)
                .description(description)
                .environment(environment)
                .reporter("someone")
                .assignee("another")
                .components(List.of("Query Processor"))
                .labels(List.of("sql"))
                .affectsVersions(List.of("3.1.0"))
                .build();
    }
}
