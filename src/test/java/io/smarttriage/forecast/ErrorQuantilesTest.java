package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ErrorQuantilesTest {

    private static final double MEAN = 100;
    private static final int DAYS = 365;

    @Test
    void givenRecentErrorsWiderThanOlder_measure_calibratesBandToRecentSpread() {
        Random random = new Random(SyntheticSeries.SEED);
        double[] y = new double[DAYS];
        for (int t = 0; t < DAYS; t++) {
            double spread = t < DAYS - ErrorQuantiles.CALIBRATION_DAYS ? 2 : 15;
            y[t] = MEAN + spread * random.nextGaussian();
        }

        ErrorQuantiles errors = ErrorQuantiles.measure(constant(), y, new boolean[DAYS], 14, 7);

        Interval band = errors.interval(MEAN, 0, false);
        long inside =
                Arrays.stream(y, DAYS - ErrorQuantiles.CALIBRATION_DAYS, DAYS)
                        .filter(band::contains)
                        .count();
        assertThat(inside / (double) ErrorQuantiles.CALIBRATION_DAYS).isBetween(0.70, 0.90);
        assertThat(errors.measured(7)).isTrue();
    }

    @Test
    void givenSixWeeksOfErrors_measure_usesAllErrorsWithoutCalibration() {
        Random random = new Random(SyntheticSeries.SEED);
        double[] y = new double[42];
        for (int t = 0; t < y.length; t++) {
            y[t] = MEAN + 5 * random.nextGaussian();
        }

        ErrorQuantiles errors = ErrorQuantiles.measure(constant(), y, new boolean[42], 7, 7);

        Interval band = errors.interval(MEAN, 0, true);
        long inside = Arrays.stream(y, 7, 42).filter(band::contains).count();
        assertThat(errors.measured(7)).isTrue();
        assertThat(inside).isBetween(32L, 35L);
    }

    private static FittedModel constant() {
        return new FittedModel() {
            @Override
            public int size() {
                return DAYS;
            }

            @Override
            public double[] forecastFrom(int origin, int horizon) {
                double[] out = new double[horizon];
                Arrays.fill(out, MEAN);
                return out;
            }
        };
    }
}
