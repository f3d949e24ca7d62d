package io.smarttriage.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    // truth a a a b b c ; predicted a a b b c c
    private static final List<String> TRUTH = List.of("a", "a", "a", "b", "b", "c");
    private static final List<String> PREDICTED = List.of("a", "a", "b", "b", "c", "c");

    @Test
    void givenSixPairs_accuracy_isShareOfDiagonal() {
        ConfusionMatrix matrix = ConfusionMatrix.of(TRUTH, PREDICTED);

        double accuracy = matrix.accuracy();

        assertThat(accuracy).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void givenSixPairs_precisionAndRecall_matchHandCounts() {
        ConfusionMatrix matrix = ConfusionMatrix.of(TRUTH, PREDICTED);

        double[] figures = {
            matrix.precision("b"), matrix.recall("b"), matrix.precision("c"), matrix.recall("a")
        };

        assertThat(figures).containsExactly(new double[] {0.5, 0.5, 0.5, 2.0 / 3}, within(1e-12));
    }

    @Test
    void givenSixPairs_macroF1_isMeanOfPerClassF1() {
        ConfusionMatrix matrix = ConfusionMatrix.of(TRUTH, PREDICTED);

        double macroF1 = matrix.macroF1();

        // F1: a = 2*1*(2/3)/(5/3) = 0.8, b = 0.5, c = 2*0.5*1/1.5 = 2/3
        assertThat(macroF1).isCloseTo((0.8 + 0.5 + 2.0 / 3) / 3, within(1e-12));
    }

    @Test
    void givenLabelOnlyPredicted_macroF1_countsItAsZero() {
        ConfusionMatrix matrix = ConfusionMatrix.of(List.of("a", "a"), List.of("a", "z"));

        double macroF1 = matrix.macroF1();

        // F1: a = 2*1*0.5/1.5 = 2/3, z = 0
        assertThat(macroF1).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void givenUrgentGroup_recallOf_countsConfusionInsideGroupAsHit() {
        List<String> truth = List.of("Blocker", "Critical", "Critical", "Major");
        List<String> predicted = List.of("Critical", "Critical", "Major", "Blocker");
        ConfusionMatrix matrix = ConfusionMatrix.of(truth, predicted);

        double urgentRecall = matrix.recallOf(List.of("Blocker", "Critical"));

        assertThat(urgentRecall).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void givenListsOfDifferentLength_of_failsNamingBothSizes() {
        List<String> truth = List.of("a", "b");

        Throwable thrown = catchThrowable(() -> ConfusionMatrix.of(truth, List.of("a")));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2")
                .hasMessageContaining("1");
    }
}
