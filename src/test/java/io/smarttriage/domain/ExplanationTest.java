package io.smarttriage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smarttriage.domain.Explanation.Phrase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendering and keys of explanations, with a lookup that shows each key and its arguments. */
class ExplanationTest {
    private static final Explanation.Texts SHOW_KEYS = (key, args) -> key + args;

    @Test
    void givenPhrasesWithItems_render_joinsPhrasesAndPassesItemsAsTheLastArgument() {
        Explanation why =
                Explanation.of(
                        Phrase.of("a", "1").with(List.of(Phrase.of("b"), Phrase.of("c", "2"))),
                        Phrase.of("d"));

        String text = why.render(SHOW_KEYS);

        assertThat(text).isEqualTo("a[1, b[], c[2]]; d[]");
    }

    @Test
    void givenNestedItems_keys_listEachPhraseBeforeItsItems() {
        Explanation why =
                Explanation.of(Phrase.of("a").with(List.of(Phrase.of("b"))), Phrase.of("c"));

        List<String> keys = why.keys();

        assertThat(keys).containsExactly("a", "b", "c");
    }

    @Test
    void givenBlankText_text_saysNothingAndOtherTextIsOnePhraseWithIt() {
        Explanation blank = Explanation.text(" ");

        Explanation text = Explanation.text("refused");

        assertThat(blank).isEqualTo(Explanation.NONE);
        assertThat(blank.render(SHOW_KEYS)).isEmpty();
        assertThat(text.phrases()).containsExactly(Phrase.of(Explanation.TEXT_KEY, "refused"));
    }

    @Test
    void givenExplanation_and_appendsPhrasesWithoutChangingTheOriginal() {
        Explanation first = Explanation.of("a");

        Explanation both = first.and(Phrase.of("b"));

        assertThat(both.keys()).containsExactly("a", "b");
        assertThat(first.keys()).containsExactly("a");
    }

    @Test
    void givenBlankKey_phrase_failsNamingTheRule() {
        String key = "";

        var thrown = assertThatThrownBy(() -> Phrase.of(key));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a phrase needs a message key, got ''");
    }
}
