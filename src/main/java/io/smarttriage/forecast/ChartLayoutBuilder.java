package io.smarttriage.forecast;

import static io.smarttriage.forecast.ChartLayout.HEIGHT;
import static io.smarttriage.forecast.ChartLayout.WIDTH;
import static io.smarttriage.forecast.ChartLayout.point;
import static io.smarttriage.forecast.ChartLayout.round;

import io.smarttriage.forecast.ChartLayout.Bar;
import io.smarttriage.forecast.ChartLayout.Box;
import io.smarttriage.forecast.ChartLayout.Tick;
import java.util.ArrayList;
import java.util.List;

/** Computes the pixel geometry of a {@link ChartLayout} from chart data. */
final class ChartLayoutBuilder {

    private ChartLayoutBuilder() {}

    static ChartLayout build(ChartData data) {
        Box plot = new Box(56, 16, WIDTH - 16, HEIGHT - 110);
        Box staffRow = new Box(56, HEIGHT - 56, WIDTH - 16, HEIGHT - 16);
        Scale scale = Scale.fit(data, plot);
        int originIndex = data.history().size();
        return new ChartLayout(
                WIDTH,
                HEIGHT,
                plot,
                staffRow,
                scale.x(originIndex),
                historyLine(data, scale),
                forecastLine(data, scale, originIndex),
                band(data, scale, originIndex, false),
                band(data, scale, originIndex, true),
                scale.yTicks(),
                xTicks(data, scale, originIndex),
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
            points.add(point(scale.x(originIndex + i), scale.y(data.forecast().get(i).expected())));
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
            String date =
                    i < originIndex
                            ? data.history().get(i).date()
                            : data.forecast().get(i - originIndex).date();
            ticks.add(new Tick(scale.x(i), date));
        }
        return ticks;
    }

    private static List<Bar> bars(ChartData data, Scale scale, int originIndex, Box row) {
        int most =
                data.staffing().stream().mapToInt(ChartData.StaffingPoint::agents).max().orElse(0);
        double width = Math.max(1, scale.step() * 0.8);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < data.staffing().size(); i++) {
            ChartData.StaffingPoint s = data.staffing().get(i);
            double height = most == 0 ? 0 : row.height() * s.agents() / most;
            bars.add(
                    new Bar(
                            round(scale.x(originIndex + i) - width / 2),
                            round(row.bottom() - height),
                            round(width),
                            round(height),
                            s.date(),
                            s.agents()));
        }
        return bars;
    }
}
