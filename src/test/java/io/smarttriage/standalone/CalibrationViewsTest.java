package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reliability table, coverage/precision points and the grouped confusion matrix. */
class CalibrationViewsTest {

    private static final List<Outcome> OUTCOMES =
            List.of(
                    new Outcome("a", "a", 0.95),
                    new Outcome("a", "b", 0.91),
                    new Outcome("b", "b", 0.42),
                    new Outcome("c", "a", 0.1));

    @Test
    void givenOutcomes_reliabilityTable_binsByConfidenceAndDropsEmptyBins() {
        int bins = 10;

        List<ReliabilityBin> table = ReliabilityBin.table(OUTCOMES, bins);

        assertThat(table).extracting(ReliabilityBin::from).containsExactly(0.1, 0.4, 0.9);
        ReliabilityBin top = table.get(2);
        assertThat(top.count()).isEqualTo(2);
        assertThat(top.accuracy()).isEqualTo(0.5);
        assertThat(top.meanConfidence()).isCloseTo(0.93, within(1e-9));
        assertThat(table.get(1).accuracy()).isEqualTo(1.0);
    }

    @Test
    void givenThreshold_curvePointAt_measuresCoverageAndPrecisionOfActedRows() {
        double threshold = 0.4;

        CurvePoint point = CurvePoint.at(OUTCOMES, threshold);

        assertThat(point.coverage()).isEqualTo(0.75);
        assertThat(point.precision()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void givenThresholdAboveAllConfidence_curvePointAt_actsOnNothing() {
        double threshold = 0.99;

        CurvePoint point = CurvePoint.at(OUTCOMES, threshold);

        assertThat(point.coverage()).isZero();
        assertThat(point.precision()).isZero();
    }

    @Test
    void givenMoreClassesThanShown_confusionMatrix_groupsTheRareOnes() {
        int shown = 2;

        ConfusionMatrix matrix = ConfusionMatrix.of(OUTCOMES, shown);

        assertThat(matrix.labels()).containsExactly("a", "b");
        assertThat(matrix.groupedClasses()).isEqualTo(1);
        assertThat(matrix.counts())
                .containsExactly(List.of(1, 1, 0), List.of(0, 1, 0), List.of(1, 0, 0));
    }
}
