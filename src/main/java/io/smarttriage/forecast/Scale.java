package io.smarttriage.forecast;

import java.util.ArrayList;
import java.util.List;

/** Maps day indices and counts of a chart onto pixels, with round value ticks. */
record Scale(ChartLayout.Box plot, int days, double top, double tickStep) {

    private static final int TARGET_TICKS = 5;

    /** Fits a scale to every value of {@code data} inside {@code plot}. */
    static Scale fit(ChartData data, ChartLayout.Box plot) {
        double max = 1;
        for (ChartData.HistoryPoint p : data.history()) {
            max = Math.max(max, p.count());
        }
        for (ChartData.ForecastPoint p : data.forecast()) {
            max = Math.max(max, p.upper95());
        }
        double step = niceStep(max / TARGET_TICKS);
        double top = Math.ceil(max / step) * step;
        return new Scale(plot, data.history().size() + data.forecast().size(), top, step);
    }

    /** Returns the pixel distance between two days. */
    double step() {
        return days <= 1 ? plot.width() : plot.width() / (days - 1);
    }

    /** Returns the x of day {@code index}. */
    double x(int index) {
        return ChartLayout.round(plot.left() + index * step());
    }

    /** Returns the y of {@code value}. */
    double y(double value) {
        return ChartLayout.round(plot.bottom() - plot.height() * value / top);
    }

    /** Returns ticks from 0 to the top of the scale. */
    List<ChartLayout.Tick> yTicks() {
        List<ChartLayout.Tick> ticks = new ArrayList<>();
        for (double v = 0; v <= top + tickStep / 2; v += tickStep) {
            ticks.add(new ChartLayout.Tick(y(v), String.valueOf(Math.round(v))));
        }
        return ticks;
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        for (double factor : new double[] {1, 2, 5}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
