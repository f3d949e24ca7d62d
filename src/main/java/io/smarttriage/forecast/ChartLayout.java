package io.smarttriage.forecast;

import java.util.List;
import java.util.Locale;

/**
 * Pixel geometry of a forecast chart drawn as SVG: history and forecast lines, the 80% and 95%
 * bands, axis ticks and a row of staffing bars under the plot.
 *
 * @param width total width in pixels
 * @param height total height in pixels
 * @param plot the area of the volume plot
 * @param staffRow the area of the staffing row
 * @param originX x of the first forecast day
 * @param historyLine points of the history polyline, {@code "x,y x,y ..."}
 * @param forecastLine points of the forecast polyline
 * @param band80 points of the 80% band polygon
 * @param band95 points of the 95% band polygon
 * @param yTicks value ticks on the left axis
 * @param xTicks date ticks on the bottom axis
 * @param staffBars one bar per forecast day
 */
public record ChartLayout(
        int width,
        int height,
        Box plot,
        Box staffRow,
        double originX,
        String historyLine,
        String forecastLine,
        String band80,
        String band95,
        List<Tick> yTicks,
        List<Tick> xTicks,
        List<Bar> staffBars) {

    /** Default width in pixels. */
    public static final int WIDTH = 960;

    /** Default height in pixels. */
    public static final int HEIGHT = 440;

    /**
     * A rectangle.
     *
     * @param left x of the left edge
     * @param top y of the top edge
     * @param right x of the right edge
     * @param bottom y of the bottom edge
     */
    public record Box(double left, double top, double right, double bottom) {
        /** Returns the width. */
        public double width() {
            return right - left;
        }

        /** Returns the height. */
        public double height() {
            return bottom - top;
        }
    }

    /**
     * An axis tick.
     *
     * @param position x or y in pixels
     * @param label text beside the tick
     */
    public record Tick(double position, String label) {}

    /**
     * A staffing bar.
     *
     * @param x left edge
     * @param y top edge
     * @param width width
     * @param height height
     * @param date ISO date
     * @param agents agents to roster
     */
    public record Bar(double x, double y, double width, double height, String date, int agents) {}

    /** Lays out {@code data} at the default size. */
    public static ChartLayout of(ChartData data) {
        return ChartLayoutBuilder.build(data);
    }

    static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
