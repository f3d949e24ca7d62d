package io.smarttriage.eval;

/**
 * Figures of one evaluation task on its test rows.
 *
 * @param task the task
 * @param trainRows labelled training rows
 * @param testRows labelled test rows
 * @param accuracy top-1 accuracy
 * @param macroF1 macro-F1 over all labels
 * @param urgentRecall recall of Blocker and Critical together (priority only, else NaN)
 * @param top3 top-3 hit rate
 * @param threshold the model's shipped abstain threshold
 * @param acted coverage and precision at that threshold
 * @param reliability the reliability table of the top-label confidence
 * @param majority the majority-class baseline on the same rows
 * @param trainSeconds training wall time
 */
public record TaskReport(
        EvaluationTask task,
        int trainRows,
        int testRows,
        double accuracy,
        double macroF1,
        double urgentRecall,
        double top3,
        double threshold,
        CoverageAtThreshold acted,
        ReliabilityTable reliability,
        ConfusionMatrix majority,
        double trainSeconds) {

    /** Returns a one-line summary for logs and benchmark output. */
    public String summary() {
        return String.format(
                java.util.Locale.ROOT,
                "%s train=%d test=%d acc=%.3f macroF1=%.3f urgentRecall=%.3f top3=%.3f "
                        + "threshold=%.3f coverage=%.3f precision=%.3f ece=%.3f "
                        + "majority(acc=%.3f, macroF1=%.3f) fit=%.1fs",
                task,
                trainRows,
                testRows,
                accuracy,
                macroF1,
                urgentRecall,
                top3,
                threshold,
                acted.coverage(),
                acted.precision(),
                reliability.expectedCalibrationError(),
                majority.accuracy(),
                majority.macroF1(),
                trainSeconds);
    }
}
