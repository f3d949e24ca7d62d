package io.smarttriage.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a field's reliability table and coverage curve into SVG coordinates for the report. */
final class PlotGeometry {

    static final int LEFT = 40;
    static final int TOP = 10;
    static final int WIDTH = 240;
    static final int HEIGHT = 160;

    private PlotGeometry() {}

    /** Returns the plot coordinates of {@code field} for the template. */
    static Map<String, Object> of(FieldResult field) {
        Map<String, Object> plot = new LinkedHashMap<>();
        List<Map<String, String>> dots = new ArrayList<>();
        StringBuilder reliability = new StringBuilder();
        for (ReliabilityBin bin : field.reliability()) {
            if (bin.count() > 0) {
                String x = x(bin.meanConfidence());
                String y = y(bin.accuracy());
                reliability.append(x).append(',').append(y).append(' ');
                dots.add(Map.of("x", x, "y", y, "count", Integer.toString(bin.count())));
            }
        }
        plot.put("reliability", reliability.toString().trim());
        plot.put("dots", dots);
        plot.put("coverage", line(field.curve(), true));
        plot.put("precision", line(field.curve(), false));
        plot.put("thresholdX", x(Math.min(1, field.threshold())));
        return plot;
    }

    private static String line(List<CurvePoint> curve, boolean coverage) {
        StringBuilder points = new StringBuilder();
        for (CurvePoint point : curve) {
            double value = coverage ? point.coverage() : point.precision();
            if (coverage || point.coverage() > 0) {
                points.append(x(point.threshold())).append(',').append(y(value)).append(' ');
            }
        }
        return points.toString().trim();
    }

    private static String x(double value) {
        return String.format(Locale.ROOT, "%.1f", LEFT + value * WIDTH);
    }

    private static String y(double value) {
        return String.format(Locale.ROOT, "%.1f", TOP + (1 - value) * HEIGHT);
    }
}
