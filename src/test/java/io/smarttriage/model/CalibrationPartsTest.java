package io.smarttriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationPartsTest {

    @Test
    void givenViolatingOutcomes_confidenceMap_poolsThemIntoMonotoneSteps() {
        double[] confidence = {0.5, 0.6, 0.7, 0.8};
        boolean[] correct = {true, false, true, true};

        ConfidenceMap map = ConfidenceMap.fit(confidence, correct);

        // 0.5 right and 0.6 wrong violate order, so they pool to 0.5
        assertThat(new double[] {map.apply(0.5), map.apply(0.6), map.apply(0.75)})
                .containsExactly(new double[] {0.5, 0.5, 1.0}, within(1e-12));
    }

    @Test
    void givenRawBelowAnyHeldOutConfidence_confidenceMap_neverRaisesIt() {
        ConfidenceMap map = ConfidenceMap.fit(new double[] {0.8, 0.9}, new boolean[] {true, true});

        double calibrated = map.apply(0.3);

        assertThat(calibrated).isEqualTo(0.3);
    }

    @Test
    void givenSortedOutcomes_abstainThreshold_isLowestReachingTargetPrecision() {
        double[] confidence = {0.95, 0.9, 0.8, 0.7, 0.6};
        boolean[] correct = {true, true, true, false, false};

        double threshold = AbstainThreshold.choose(confidence, correct, 0.75, 2);

        // acting down to 0.7 gives 3 of 4 right (0.75); down to 0.6 gives 3 of 5
        assertThat(threshold).isEqualTo(0.7);
    }

    @Test
    void givenUnreachablePrecision_abstainThreshold_neverActs() {
        double[] confidence = {0.9, 0.8};
        boolean[] correct = {false, true};

        double threshold = AbstainThreshold.choose(confidence, correct, 0.9, 1);

        assertThat(threshold).isGreaterThan(1.0);
    }

    @Test
    void givenConfidentRightScores_temperatureScaling_sharpensTheSoftmax() {
        List<double[]> scores =
                List.of(
                        new double[] {1, -1},
                        new double[] {-1, 1},
                        new double[] {1, -1},
                        new double[] {-1, 1});
        int[] labels = {0, 1, 0, 1};

        double scale = TemperatureScaling.fit(scores, labels);

        assertThat(scale).isGreaterThan(10);
    }

    @Test
    void givenUnderPredictedRareClass_classOffsets_raiseItsMacroF1() {
        List<double[]> scores =
                List.of(
                        new double[] {1.0, 0.8},
                        new double[] {1.0, 0.9},
                        new double[] {1.0, 0.1},
                        new double[] {1.0, 0.0});
        int[] labels = {1, 1, 0, 0};

        double[] offsets = ClassOffsets.tune(scores, labels, 2);

        assertThat(ClassOffsets.macroF1(scores, labels, offsets)).isEqualTo(1.0);
    }
}
