package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Accuracy per field and day, computed from judged audit records. */
public final class AccuracyTimeline {
    private AccuracyTimeline() {}

    /**
     * Returns one point per field and day that has judged decisions, ordered by field then day.
     *
     * @param records audit records in any order; unjudged ones and mode changes are ignored
     * @param zone the time zone that decides which day a decision belongs to
     */
    public static List<AccuracyPoint> of(List<AuditRecord> records, ZoneId zone) {
        Map<TargetField, Map<LocalDate, int[]>> counts = new EnumMap<>(TargetField.class);
        for (AuditRecord r : records) {
            if (r.correction().feedback().judged() && r.predictedValue() != null) {
                int[] c =
                        counts.computeIfAbsent(r.field(), f -> new TreeMap<>())
                                .computeIfAbsent(
                                        LocalDate.ofInstant(r.time(), zone), d -> new int[2]);
                c[0] += r.correction().feedback() == Feedback.KEPT ? 1 : 0;
                c[1]++;
            }
        }
        List<AccuracyPoint> points = new ArrayList<>();
        counts.forEach(
                (field, days) ->
                        days.forEach(
                                (day, c) -> points.add(new AccuracyPoint(field, day, c[0], c[1]))));
        return points;
    }
}
