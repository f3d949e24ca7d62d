package io.smarttriage.governance;

import static io.smarttriage.governance.Records.decision;
import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.TargetField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyTimelineTest {
    private static final Instant DAY1 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-03-03T10:00:00Z");

    @Test
    void givenJudgedAndOpenDecisionsOnTwoDays_of_countsJudgedOnesPerFieldAndDay() {
        List<AuditRecord> records =
                List.of(
                        judged(TargetField.PRIORITY, DAY1, Feedback.KEPT),
                        judged(TargetField.PRIORITY, DAY1, Feedback.CHANGED),
                        judged(TargetField.PRIORITY, DAY2, Feedback.KEPT),
                        judged(TargetField.ASSIGNEE, DAY1, Feedback.REJECTED),
                        decision(1L, TargetField.PRIORITY, "High", Action.APPLY, DAY2));

        List<AccuracyPoint> points = AccuracyTimeline.of(records, ZoneOffset.UTC);

        assertThat(points)
                .containsExactly(
                        new AccuracyPoint(TargetField.PRIORITY, LocalDate.of(2026, 3, 2), 1, 2),
                        new AccuracyPoint(TargetField.PRIORITY, LocalDate.of(2026, 3, 3), 1, 1),
                        new AccuracyPoint(TargetField.ASSIGNEE, LocalDate.of(2026, 3, 2), 0, 1));
        assertThat(points.get(0).accuracy()).isEqualTo(0.5);
    }

    private static AuditRecord judged(TargetField field, Instant time, Feedback feedback) {
        return decision(1L, field, "v", Action.APPLY, time)
                .withCorrection(new Correction(feedback, "agent", "v", time));
    }
}
