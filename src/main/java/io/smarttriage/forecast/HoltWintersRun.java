package io.smarttriage.forecast;

/**
 * One pass of damped-trend Holt-Winters smoothing with a 7-day season over a series, keeping the
 * state after every day so that forecasts can start from any past day.
 */
final class HoltWintersRun implements FittedModel {

    static final int PERIOD = 7;
    static final int WARM_UP = 2 * PERIOD;

    private final SmoothingParameters params;
    private final SeasonMode mode;
    private final double[] level;
    private final double[] trend;
    private final double[] season;
    private final double[] initialSeason;
    private double absoluteError;

    HoltWintersRun(SmoothingParameters params, SeasonMode mode, double[] y, boolean[] skip) {
        if (y.length < WARM_UP) {
            throw new IllegalArgumentException(
                    "Holt-Winters needs at least " + WARM_UP + " days, got " + y.length);
        }
        this.params = params;
        this.mode = mode;
        this.level = new double[y.length];
        this.trend = new double[y.length];
        this.season = new double[y.length];
        this.initialSeason = new double[PERIOD];
        double start = initialise(y, skip);
        smooth(y, skip, start);
    }

    /** Returns the one-step sum of absolute errors after the warm-up, holidays left out. */
    double absoluteError() {
        return absoluteError;
    }

    @Override
    public int size() {
        return level.length;
    }

    @Override
    public double[] forecastFrom(int origin, int horizon) {
        double l = origin == 0 ? level[0] : level[origin - 1];
        double b = origin == 0 ? 0 : trend[origin - 1];
        double[] out = new double[horizon];
        double damp = 0;
        double power = 1;
        for (int k = 0; k < horizon; k++) {
            power *= params.phi();
            damp += power;
            out[k] = Math.max(0, combine(l + damp * b, seasonBefore(origin, origin + k)));
        }
        return out;
    }

    private double initialise(double[] y, boolean[] skip) {
        double[] sum = new double[PERIOD];
        int[] count = new int[PERIOD];
        for (int t = 0; t < WARM_UP; t++) {
            if (!skip[t]) {
                sum[t % PERIOD] += y[t];
                count[t % PERIOD]++;
            }
        }
        double total = 0;
        for (int p = 0; p < PERIOD; p++) {
            sum[p] = count[p] == 0 ? Double.NaN : sum[p] / count[p];
            total += Double.isNaN(sum[p]) ? 0 : sum[p];
        }
        double mean = Math.max(total / PERIOD, 0.5);
        for (int p = 0; p < PERIOD; p++) {
            double avg = Double.isNaN(sum[p]) ? mean : sum[p];
            initialSeason[p] = mode == SeasonMode.ADDITIVE ? avg - mean : Math.max(avg, 0.1) / mean;
        }
        return mean;
    }

    private void smooth(double[] y, boolean[] skip, double startLevel) {
        double l = startLevel;
        double b = 0;
        for (int t = 0; t < y.length; t++) {
            double s = seasonBefore(t, t);
            double base = l + params.phi() * b;
            double expected = combine(base, s);
            double actual = skip[t] ? expected : y[t];
            if (t >= WARM_UP && !skip[t]) {
                absoluteError += Math.abs(actual - expected);
            }
            double a = params.alpha();
            double newLevel = a * deseasonalise(actual, s) + (1 - a) * base;
            b = params.beta() * (newLevel - l) + (1 - params.beta()) * params.phi() * b;
            double g = params.gamma();
            season[t] = g * deseasonalise(actual, base) + (1 - g) * s;
            l = newLevel;
            level[t] = l;
            trend[t] = b;
        }
    }

    private double seasonBefore(int origin, int day) {
        int last = day - PERIOD * ((day - origin) / PERIOD + 1);
        return last < 0 ? initialSeason[Math.floorMod(day, PERIOD)] : season[last];
    }

    private double combine(double base, double s) {
        return mode == SeasonMode.ADDITIVE ? base + s : base * s;
    }

    private double deseasonalise(double value, double by) {
        if (mode == SeasonMode.ADDITIVE) {
            return value - by;
        }
        return value / Math.max(by, 1e-3);
    }
}
