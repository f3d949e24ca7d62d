package io.smarttriage.forecast;

import java.util.ArrayList;
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
public record ChartLayout(int width, int height, Box plot, Box staffRow, double originX,
        String historyLine, String forecastLine, String band80, String band95, List<Tick> yTicks,
        List<Tick> xTicks, List<Bar> staffBars) {

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
        Box plot = new Box(56, 16, WIDTH - 16, HEIGHT - 110);
        Box staffRow = new Box(56, HEIGHT - 56, WIDTH - 16, HEIGHT - 16);
        Scale scale = Scale.fit(data, plot);
        int originIndex = data.history().size();
        return new ChartLayout(WIDTH, HEIGHT, plot, staffRow, scale.x(originIndex),
                historyLine(data, scale), forecastLine(data, scale, originIndex),
                band(data, scale, originIndex, false), band(data, scale, originIndex, true),
                scale.yTicks(), xTicks(data, scale, originIndex),
                bars(data, scale, originIndex, staffRow));
    }

    private static String historyLine(ChartData data, Scale scale) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < data.history().size(); i++) {
            points.add(point(scale.x(i), scale.y(data.history().get(i).count())));
        }
        return String.join(" ", points);
    }

    private static String forecastLine(ChartData data, Scale scale, int originIndex) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < data.forecast().size(); i++) {
            points.add(point(scale.x(originIndex + i),
                    scale.y(data.forecast().get(i).expected())));
        }
        return String.join(" ", points);
    }

    private static String band(ChartData data, Scale scale, int originIndex, boolean wide) {
        List<String> upper = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        for (int i = 0; i < data.forecast().size(); i++) {
            ChartData.ForecastPoint p = data.forecast().get(i);
            double x = scale.x(originIndex + i);
            upper.add(point(x, scale.y(wide ? p.upper95() : p.upper80())));
            lower.add(0, point(x, scale.y(wide ? p.lower95() : p.lower80())));
        }
        upper.addAll(lower);
        return String.join(" ", upper);
    }

    private static List<Tick> xTicks(ChartData data, Scale scale, int originIndex) {
        List<Tick> ticks = new ArrayList<>();
        int total = originIndex + data.forecast().size();
        int step = total > 70 ? 14 : 7;
        for (int i = Math.floorMod(originIndex, step); i < total; i += step) {
            String date = i < originIndex ? data.history().get(i).date()
                    : data.forecast().get(i - originIndex).date();
            ticks.add(new Tick(scale.x(i), date));
        }
        return ticks;
    }

    private static List<Bar> bars(ChartData data, Scale scale, int originIndex, Box row) {
        int most = data.staffing().stream().mapToInt(ChartData.StaffingPoint::agents).max()
                .orElse(0);
        double width = Math.max(1, scale.step() * 0.8);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < data.staffing().size(); i++) {
            ChartData.StaffingPoint s = data.staffing().get(i);
            double height = most == 0 ? 0 : row.height() * s.agents() / most;
            bars.add(new Bar(round(scale.x(originIndex + i) - width / 2),
                    round(row.bottom() - height), round(width), round(height), s.date(),
                    s.agents()));
        }
        return bars;
    }

    static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
