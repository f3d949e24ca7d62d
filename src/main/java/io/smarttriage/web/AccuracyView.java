package io.smarttriage.web;

import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.AccuracyPoint;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * JSON form of a project's measured accuracy: per field over the whole window and per field and
 * day, from the decisions people judged. Days are ISO dates in the server's time zone.
 *
 * @param projectKey the project
 * @param from the first day of the window
 * @param days the length of the window in days
 * @param truncated whether the window held more judged decisions than were read
 * @param fields one total per field that has judged decisions
 * @param points one row per field and day that has judged decisions
 */
public record AccuracyView(
        String projectKey,
        String from,
        int days,
        boolean truncated,
        List<Total> fields,
        List<Point> points) {

    /** Builds the view from the timeline's points. */
    static AccuracyView of(
            String projectKey, String from, int days, boolean truncated, List<AccuracyPoint> in) {
        Map<TargetField, int[]> totals = new EnumMap<>(TargetField.class);
        List<Point> points = new ArrayList<>();
        for (AccuracyPoint p : in) {
            int[] t = totals.computeIfAbsent(p.field(), f -> new int[2]);
            t[0] += p.kept();
            t[1] += p.judged();
            points.add(
                    new Point(p.field(), p.day().toString(), p.kept(), p.judged(), p.accuracy()));
        }
        List<Total> fields = new ArrayList<>();
        totals.forEach(
                (field, t) -> fields.add(new Total(field, t[0], t[1], (double) t[0] / t[1])));
        return new AccuracyView(projectKey, from, days, truncated, fields, points);
    }

    /**
     * One field's accuracy over the window.
     *
     * @param field the field
     * @param kept judged decisions whose value people kept
     * @param judged decisions people kept, changed or rejected
     * @param accuracy kept / judged
     */
    public record Total(TargetField field, int kept, int judged, double accuracy) {}

    /**
     * One field's accuracy on one day.
     *
     * @param field the field
     * @param day the day, ISO date
     * @param kept judged decisions whose value people kept
     * @param judged decisions people kept, changed or rejected
     * @param accuracy kept / judged
     */
    public record Point(TargetField field, String day, int kept, int judged, double accuracy) {}
}
