package io.smarttriage.ao;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import io.smarttriage.routing.Exclusion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The note column's JSON form of explanations, without a database. */
class NoteColumnTest {

    @Test
    void givenUnassignedWithManyExclusions_encode_keepsWholePhrasesWithTheirArguments() {
        List<Phrase> counts =
                List.of(
                        Exclusion.AWAY.counted(2),
                        Exclusion.OFF_HOURS.counted(3),
                        Exclusion.AT_CAPACITY.counted(1),
                        Exclusion.PAUSED.counted(1),
                        Exclusion.INACTIVE.counted(4));
        Phrase nobody = Phrase.of("smarttriage.why.routing.nobody").with(counts);
        Explanation note =
                Explanation.of(
                        Phrase.of("smarttriage.why.routing.unassigned").with(List.of(nobody)));

        String stored = NoteColumn.encode(note);

        assertThat(stored.length()).isLessThanOrEqualTo(Columns.MAX_TEXT);
        Phrase kept = NoteColumn.decode(stored).phrases().get(0).items().get(0);
        assertThat(kept.key()).isEqualTo("smarttriage.why.routing.nobody");
        assertThat(kept.items())
                .startsWith(counts.get(0))
                .endsWith(Phrase.of(Explanation.TEXT_KEY, "\u2026"));
        assertThat(kept.items().size()).isBetween(2, counts.size());
    }

    @Test
    void givenOnePhraseWithAnArgumentLongerThanTheColumn_encode_cutsTheArgumentNotThePhrase() {
        String terms = "\u00e4rger, \"quoted\", {braces}, it's, ".repeat(12);
        Explanation note = Explanation.of("smarttriage.why.model.terms", terms);

        String stored = NoteColumn.encode(note);

        assertThat(stored.length()).isLessThanOrEqualTo(Columns.MAX_TEXT);
        Phrase kept = NoteColumn.decode(stored).phrases().get(0);
        assertThat(kept.key()).isEqualTo("smarttriage.why.model.terms");
        assertThat(kept.args()).hasSize(1);
        assertThat(kept.args().get(0)).endsWith("\u2026");
        assertThat(terms).startsWith(kept.args().get(0).replace("\u2026", ""));
    }

    @Test
    void givenPlainTextLongerThanTheColumnEndingInAnEmoji_encode_neverSplitsTheCharacter() {
        String text = "a".repeat(Columns.MAX_TEXT - 2) + "\ud83d\ude00 more";

        String stored = NoteColumn.encode(Explanation.text(text));

        assertThat(stored.length()).isLessThanOrEqualTo(Columns.MAX_TEXT);
        assertThat(stored).endsWith("a\u2026");
        assertThat(NoteColumn.decode(stored)).isEqualTo(Explanation.text(stored));
    }
}
