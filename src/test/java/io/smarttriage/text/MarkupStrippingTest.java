package io.smarttriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupStrippingTest {

    private final TextPipeline pipeline = new TextPipeline();

    @ParameterizedTest
    @CsvSource(
            delimiter = '~',
            value = {
                "{code:java}int total = 1;{code} ~ int total = 1;",
                "{code}plain code{code} ~ plain code",
                "{noformat}raw text{noformat} ~ raw text",
                "{quote}quoted words{quote} ~ quoted words",
                "{panel:title=Note|borderStyle=dashed}inside{panel} ~ inside",
                "{color:red}warning{color} here ~ warning here",
                "h1. Title line ~ Title line",
                "h6. Small title ~ Small title",
                "bq. cited words ~ cited words",
                "*bold* then _italic_ then -gone- then +under+ ~ bold then italic then gone "
                        + "then under",
                "use {{mvn install}} first ~ use mvn install first",
                "see [the guide|http://example.org/guide] now ~ see the guide now",
                "see [http://example.org/guide] now ~ see http://example.org/guide now",
                "look !screen.png! and !shot.png|thumbnail! done ~ look and done",
                "||Name||Value||\\n|alpha|beta| ~ Name Value alpha beta",
                "* first\\n** nested\\n# third ~ first nested third",
                "above\\n----\\nbelow ~ above below",
                "one\\\\two ~ one two",
                "keep hive_conf_dir, a - b, 2016-01-01 ~ keep hive_conf_dir, a - b, 2016-01-01"
            })
    void givenJiraWikiMarkup_clean_keepsOnlyTheWords(String escaped, String expected) {
        String raw = escaped.replace("\\n", "\n");

        String clean = pipeline.clean(raw);

        assertThat(clean).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '~',
            value = {
                "<p>Hello <b>world</b> &amp; more</p> ~ Hello world & more",
                "<div>shown<script>hidden()</script><style>p {}</style></div> ~ shown",
                "<table><tr><td>a</td><td>b</td></tr></table> ~ a b",
                "x &lt; y ~ x < y",
                "uses List<String> when a < b ~ uses List<String> when a < b"
            })
    void givenHtml_clean_keepsOnlyTheText(String raw, String expected) {
        TextPipeline fresh = new TextPipeline();

        String clean = fresh.clean(raw);

        assertThat(clean).isEqualTo(expected);
    }

    @Test
    void givenEntityEncodedAddress_clean_addressStillRedacted() {
        String raw = "<p>write to jane.doe&#64;example.com</p>";

        CleanText clean = pipeline.analyse(raw);

        assertThat(clean.asString()).isEqualTo("write to redactedemail");
        assertThat(clean.redactions()).containsEntry(RedactionKind.EMAIL, 1);
    }

    @Test
    void givenThreeMegabytesOfNestedHtml_clean_returnsBoundedText() {
        String raw = "<div>deep ".repeat(150_000) + "</div>".repeat(150_000);

        String clean = pipeline.clean(raw);

        assertThat(clean).startsWith("deep deep").hasSizeLessThan(TextPipeline.TRACE_WINDOW);
    }

    @Test
    void givenThreeMegabytesOfWikiMarkup_clean_returnsBoundedText() {
        String raw = "*bold* _it_ [link|http://example.org] ||a||b||\n".repeat(70_000);

        String clean = pipeline.clean(raw);

        assertThat(clean).startsWith("bold it link a b").hasSizeLessThan(TextPipeline.TRACE_WINDOW);
    }
}
