package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import io.smarttriage.routing.Exclusion;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** English explanations for console and report output, read from the bundle on the classpath. */
class EnglishExplanationsTest {

    @Test
    void givenGermanDefaultLocale_of_rendersTheEnglishBundle() {
        Explanation why =
                Explanation.of(
                        Phrase.of("smarttriage.why.routing.unassigned")
                                .with(
                                        List.of(
                                                Phrase.of("smarttriage.why.routing.nobody")
                                                        .with(
                                                                List.of(
                                                                        Exclusion.AWAY.counted(2),
                                                                        Exclusion.AT_CAPACITY
                                                                                .counted(1))))));
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);

        String text;
        try {
            text = EnglishExplanations.of(why);
        } finally {
            Locale.setDefault(before);
        }

        assertThat(text)
                .isEqualTo("unassigned: nobody can take it: 2 out of office, 1 at capacity");
    }

    @Test
    void givenPhraseWithApostrophes_text_showsThemOnceAndTheArgumentAsItIs() {
        String key = "smarttriage.why.handover.cover-full";

        String text = EnglishExplanations.text(key, List.of("o'brien"));

        assertThat(text).isEqualTo("covering agent 'o'brien' is at capacity");
    }
}
