package io.smarttriage.standalone;

import java.io.PrintWriter;

/** Prints a backtest result as plain-text tables on standard output. */
final class ConsoleReport {

    private static final int SHOWN_REJECTIONS = 5;

    private final PrintWriter out;

    ConsoleReport(PrintWriter out) {
        this.out = out;
    }

    /** Prints the data summary, the split, one table per field and the skipped fields. */
    void print(BacktestResult result) {
        printData(result.dataset());
        printSplit(result.split());
        for (FieldResult field : result.fields()) {
            printField(field);
        }
        if (result.assignment() != null) {
            printAssignment(result.assignment());
        }
        if (!result.skipped().isEmpty()) {
            out.println();
        }
        for (SkippedField skipped : result.skipped()) {
            out.printf("Skipped %s: %s%n", skipped.field(), skipped.description());
        }
        out.flush();
    }

    private void printData(DatasetInfo dataset) {
        FeedSummary read = dataset.read();
        out.printf("Data: %s (%s)%n", dataset.source(), dataset.format());
        out.printf(
                "Read %,d rows: %,d used, %,d rejected%n",
                read.rowsRead(), read.rowsUsed(), read.rowsRejected());
        read.rejections().stream()
                .limit(SHOWN_REJECTIONS)
                .forEach(reason -> out.printf("  rejected: %s%n", reason));
        if (read.rowsRejected() > SHOWN_REJECTIONS) {
            out.printf(
                    "  (%,d more rejected rows; all are listed in the JSON result)%n",
                    read.rowsRejected() - SHOWN_REJECTIONS);
        }
    }

    private void printSplit(SplitInfo split) {
        if (split.cut() == null) {
            out.printf(
                    "Split: the data has no creation dates, so every fifth row (row i, "
                            + "0-based, with i %% 5 == 0) was held out: trained on %,d requests, "
                            + "triaged %,d%n",
                    split.trainRows(), split.testRows());
            return;
        }
        out.printf(
                "Split: trained on %,d requests created before %s%s, triaged the %,d "
                        + "created on or after it one at a time, oldest first%n",
                split.trainRows(),
                split.cut(),
                split.cutGiven() ? "" : " (default cut: after 80% of the history)",
                split.testRows());
        if (split.undatedExcluded() > 0) {
            out.printf(
                    "  %,d requests without a creation date were left out%n",
                    split.undatedExcluded());
        }
    }

    private void printField(FieldResult field) {
        String threshold =
                field.threshold() > 1
                        ? "none (no confidence reached the target precision; the app only suggests)"
                        : String.format("%.2f", field.threshold());
        out.printf(
                "%n%s: %,d classes, %,d trained, %,d triaged, shipped threshold %s%n",
                field.field(), field.classes(), field.trainRows(), field.testRows(), threshold);
        out.printf(
                "  %-22s %8s   %s%n",
                "", "model", "majority baseline (" + field.baselineLabel() + ")");
        row("accuracy", field.model().accuracy(), field.baseline().accuracy());
        row("macro-F1", field.model().macroF1(), field.baseline().macroF1());
        if (field.model().urgentRecall() != null) {
            row("urgent recall", field.model().urgentRecall(), field.baseline().urgentRecall());
        }
        row("acted on (coverage)", field.atThreshold().coverage(), 1.0);
        if (field.atThreshold().coverage() > 0) {
            row(
                    "precision when acting",
                    field.atThreshold().precision(),
                    field.baseline().accuracy());
        }
        warnBelowBaseline(field);
    }

    private void warnBelowBaseline(FieldResult field) {
        if (field.model().accuracy() >= field.baseline().accuracy()) {
            return;
        }
        out.printf(
                "  note: accuracy %.3f is below always answering '%s' (%.3f): classes are weighted"
                        + " equally for macro-F1, so rare values are found at the cost of the"
                        + " common one; compare macro-F1 or recall instead%n",
                field.model().accuracy(), field.baselineLabel(), field.baseline().accuracy());
    }

    private void printAssignment(AssignmentResult assignment) {
        out.printf(
                "%nassignee: %,d agents, %,d assigned requests trained, %,d of the %,d later ones"
                        + " scored (assignee seen in training), assign threshold %.2f%n",
                assignment.agents(),
                assignment.trainRows(),
                assignment.testRows(),
                assignment.laterRows(),
                assignment.threshold());
        out.printf(
                "  %-22s %8s %8s   %s%n",
                "",
                "history",
                "online",
                "busiest agents (" + assignment.baselineAgent() + " first)");
        AssignmentResult.Ranking fixed = assignment.fixed();
        AssignmentResult.Ranking online = assignment.online();
        AssignmentResult.Ranking baseline = assignment.baseline();
        rankingRow("top-1", fixed.top1(), online.top1(), baseline.top1());
        rankingRow("top-5", fixed.top5(), online.top5(), baseline.top5());
        String at = String.format("@%.2f", assignment.threshold());
        rankingRow("coverage " + at, fixed.coverage(), online.coverage(), baseline.coverage());
        rankingRow("precision " + at, fixed.precision(), online.precision(), baseline.top1());
        new ReplayConsoleTable(out).print(assignment);
    }

    private void rankingRow(String name, double fixed, double online, double baseline) {
        out.printf("  %-22s %8.3f %8.3f   %8.3f%n", name, fixed, online, baseline);
    }

    private void row(String name, double model, double baseline) {
        out.printf("  %-22s %8.3f   %8.3f%n", name, model, baseline);
    }
}
