package io.smarttriage.forecast;

/**
 * Forecasts each day as the mean of the same weekday over the last few weeks; the simple method for
 * short histories.
 */
final class WeekdayMean implements VolumeModel {

    private final int weeks;

    /** Creates the model averaging over up to {@code weeks} weeks. */
    WeekdayMean(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1, was " + weeks);
        }
        this.weeks = weeks;
    }

    @Override
    public FittedModel fit(double[] values, boolean[] skip) {
        return new Fitted(values.clone(), skip.clone());
    }

    /** Returns the same as {@link #fit}: the weekday mean has no parameters to choose. */
    @Override
    public FittedModel fitBefore(double[] values, boolean[] skip, int cut) {
        return fit(values, skip);
    }

    /** The fitted form: keeps the data and averages on demand. */
    private final class Fitted implements FittedModel {
        private final double[] y;
        private final boolean[] skip;

        Fitted(double[] y, boolean[] skip) {
            this.y = y;
            this.skip = skip;
        }

        @Override
        public int size() {
            return y.length;
        }

        @Override
        public double[] forecastFrom(int origin, int horizon) {
            double[] out = new double[horizon];
            for (int k = 0; k < horizon; k++) {
                out[k] = meanOfWeekday(origin, origin + k);
            }
            return out;
        }

        private double meanOfWeekday(int origin, int day) {
            double sum = 0;
            int count = 0;
            int first = day - HoltWintersRun.PERIOD * ((day - origin) / HoltWintersRun.PERIOD + 1);
            for (int t = first; t >= 0 && count < weeks; t -= HoltWintersRun.PERIOD) {
                if (!skip[t]) {
                    sum += y[t];
                    count++;
                }
            }
            return count == 0 ? 0 : sum / count;
        }
    }
}
