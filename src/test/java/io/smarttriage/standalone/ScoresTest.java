package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Accuracy, macro-F1 and urgent recall on hand-checked outcomes. */
class ScoresTest {

    @Test
    void givenMixedOutcomes_of_computesAccuracyAndMacroF1OverAllClasses() {
        List<Outcome> outcomes =
                List.of(
                        new Outcome("a", "a", 0.9),
                        new Outcome("a", "b", 0.6),
                        new Outcome("b", "b", 0.8),
                        new Outcome("c", "b", 0.5));

        Scores scores = Scores.of(outcomes, false);

        // F1: a = 2*1/(2+1) = 0.667, b = 2*1/(1+3) = 0.5, c = 0
        assertThat(scores.accuracy()).isEqualTo(0.5);
        assertThat(scores.macroF1()).isCloseTo((2.0 / 3 + 0.5 + 0) / 3, within(1e-9));
        assertThat(scores.urgentRecall()).isNull();
    }

    @Test
    void givenUrgentClasses_of_countsAnyUrgentPredictionAsRecalled() {
        List<Outcome> outcomes =
                List.of(
                        new Outcome("Blocker", "Critical", 0.5),
                        new Outcome("Critical", "Major", 0.5),
                        new Outcome("Major", "Major", 0.5),
                        new Outcome("Blocker", "Blocker", 0.5));

        Scores scores = Scores.of(outcomes, true);

        assertThat(scores.urgentRecall()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void givenNoUrgentTruth_of_leavesUrgentRecallUnmeasured() {
        List<Outcome> outcomes = List.of(new Outcome("Minor", "Blocker", 0.5));

        Scores scores = Scores.of(outcomes, true);

        assertThat(scores.urgentRecall()).isNull();
    }
}
