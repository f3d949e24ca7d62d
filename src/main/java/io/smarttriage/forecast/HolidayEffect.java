package io.smarttriage.forecast;

/**
 * The ratio of actual to forecast volume on past holidays, applied to forecasts on holidays.
 *
 * @param factor multiplier for holiday forecasts
 * @param observed number of past holidays it was learned from; 0 means the factor is a default
 */
record HolidayEffect(double factor, int observed) {

    /** Upper clamp of the factor: a holiday is not expected to triple the volume. */
    private static final double MAX_FACTOR = 2.0;

    /** Learns the ratio from one-step forecasts on the holidays after {@code firstDay}. */
    static HolidayEffect learn(FittedModel model, double[] y, boolean[] holiday, int firstDay) {
        double actual = 0;
        double expected = 0;
        int observed = 0;
        for (int t = Math.max(1, firstDay); t < y.length; t++) {
            if (holiday[t]) {
                actual += y[t];
                expected += model.forecastFrom(t, 1)[0];
                observed++;
            }
        }
        if (observed == 0 || expected <= 0) {
            return new HolidayEffect(1.0, 0);
        }
        return new HolidayEffect(Math.min(MAX_FACTOR, actual / expected), observed);
    }
}
