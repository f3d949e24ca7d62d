package io.smarttriage.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallMetricsTest {

    @Test
    void givenRankings_hitRate_countsTruthWithinFirstK() {
        List<String> truth = List.of("a", "b", "c");
        List<List<String>> ranked =
                List.of(List.of("a", "b"), List.of("a", "b"), List.of("a", "b", "c"));

        double[] rates = {
            TopK.hitRate(truth, ranked, 1),
            TopK.hitRate(truth, ranked, 2),
            TopK.hitRate(truth, ranked, 3)
        };

        assertThat(rates).containsExactly(new double[] {1.0 / 3, 2.0 / 3, 1.0}, within(1e-12));
    }

    @Test
    void givenDecisions_reliabilityTable_groupsByConfidenceBin() {
        double[] confidence = {0.15, 0.18, 0.85, 0.95, 1.0};
        boolean[] correct = {false, true, true, true, false};

        ReliabilityTable table = ReliabilityTable.of(confidence, correct, 2);

        assertThat(table.bins()).extracting(ReliabilityTable.Bin::count).containsExactly(2L, 3L);
        assertThat(table.bins().get(0).meanConfidence()).isCloseTo(0.165, within(1e-12));
        assertThat(table.bins().get(1).accuracy()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void givenDecisions_expectedCalibrationError_isWeightedGap() {
        double[] confidence = {0.15, 0.18, 0.85, 0.95, 1.0};
        boolean[] correct = {false, true, true, true, false};
        ReliabilityTable table = ReliabilityTable.of(confidence, correct, 2);

        double error = table.expectedCalibrationError();

        // bin 1: |0.165 - 0.5| * 2; bin 2: |0.9333.. - 0.6666..| * 3; over 5
        assertThat(error).isCloseTo((0.335 * 2 + (2.8 / 3 - 2.0 / 3) * 3) / 5, within(1e-12));
    }

    @Test
    void givenThreshold_coverageAndPrecision_countOnlyActedDecisions() {
        double[] confidence = {0.2, 0.6, 0.7, 0.9};
        boolean[] correct = {true, false, true, true};

        CoverageAtThreshold acted = CoverageAtThreshold.of(confidence, correct, 0.6);

        assertThat(acted.coverage()).isCloseTo(0.75, within(1e-12));
        assertThat(acted.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(acted.acted()).isEqualTo(3);
    }

    @Test
    void givenTrainingLabels_majorityBaseline_predictsMostFrequentEverywhere() {
        List<String> training = List.of("Major", "Minor", "Major", "Blocker");
        List<String> test = List.of("Major", "Minor", "Minor", "Major");

        ConfusionMatrix baseline = MajorityBaseline.evaluate(training, test);

        assertThat(baseline.accuracy()).isCloseTo(0.5, within(1e-12));
        // F1: Major = 2*0.5*1/1.5 = 2/3, Minor = 0
        assertThat(baseline.macroF1()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void givenConfidenceOutsideUnitRange_of_failsNamingIndexAndValue() {
        double[] confidence = {0.5, 1.5};

        Throwable thrown =
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> CoverageAtThreshold.of(confidence, new boolean[2], 0.5));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence[1] = 1.5");
    }
}
