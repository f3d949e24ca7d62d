package io.smarttriage.standalone;

import java.util.List;

/** Builds small backtest results for report tests: one priority field, one skipped field. */
final class ReportFixtures {
    /** Three priority outcomes, one right: below always answering "Low" (two of three). */
    static final List<Outcome> BELOW_BASELINE =
            List.of(
                    new Outcome("Low", "Urgent", 0.9),
                    new Outcome("Low", "Urgent", 0.7),
                    new Outcome("Urgent", "Urgent", 0.4));

    private ReportFixtures() {}

    static BacktestResult result(SplitInfo split, double threshold, List<Outcome> outcomes) {
        List<Outcome> baseline =
                outcomes.stream().map(o -> new Outcome(o.truth(), "Low", 1)).toList();
        FieldResult field =
                new FieldResult(
                        "priority",
                        8,
                        outcomes.size(),
                        2,
                        threshold,
                        Scores.of(outcomes, true),
                        "Low",
                        Scores.of(baseline, true),
                        CurvePoint.at(outcomes, threshold),
                        ReliabilityBin.table(outcomes, 10),
                        CurvePoint.curve(outcomes, 4),
                        ConfusionMatrix.of(outcomes, 5));
        DatasetInfo dataset =
                new DataSource("t.csv", "jira-csv", false)
                        .withRead(new FeedSummary(11, 11, 0, List.of()));
        return new BacktestResult(
                "backtest",
                dataset,
                split,
                1,
                List.of(field),
                List.of(new SkippedField("category", SkipReason.NO_VALUES)),
                null);
    }
}
