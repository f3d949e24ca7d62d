package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Console tables: split wording, thresholds and skipped fields. */
class ConsoleReportTest {

    private static final List<Outcome> OUTCOMES =
            List.of(
                    new Outcome("Urgent", "Urgent", 0.9),
                    new Outcome("Low", "Low", 0.7),
                    new Outcome("Low", "Urgent", 0.4));

    @Test
    void givenUndatedSplit_print_saysEveryFifthRowWasHeldOut() {
        BacktestResult result = result(new SplitInfo("every-fifth", null, false, 8, 2, 0), 0.5);

        String printed = print(result);

        assertThat(printed)
                .contains("no creation dates")
                .contains("i % 5 == 0")
                .contains("trained on 8 requests");
    }

    @Test
    void givenThresholdAboveOne_print_saysTheAppOnlySuggests() {
        BacktestResult result =
                result(
                        new SplitInfo("time-cut", "2024-01-01T00:00:00Z", true, 8, 3, 0),
                        Math.nextUp(1.0));

        String printed = print(result);

        assertThat(printed)
                .contains("the app only suggests")
                .containsPattern("acted on \\(coverage\\)\\s+0\\.000")
                .doesNotContain("precision when acting")
                .doesNotContain("threshold 1.00");
    }

    @Test
    void givenPriorityField_print_showsUrgentRecallBesideTheBaseline() {
        BacktestResult result =
                result(new SplitInfo("time-cut", "2024-01-01T00:00:00Z", false, 8, 3, 0), 0.5);

        String printed = print(result);

        assertThat(printed)
                .containsPattern("urgent recall\\s+1\\.000\\s+0\\.000")
                .contains("majority baseline (Low)")
                .contains("default cut")
                .contains("Skipped category: " + SkipReason.NO_VALUES.description());
    }

    @Test
    void givenAccuracyBelowTheBaseline_print_warnsAndNamesTheBaseline() {
        List<Outcome> mostlyWrong = ReportFixtures.BELOW_BASELINE;
        SplitInfo split = new SplitInfo("time-cut", "2024-01-01T00:00:00Z", true, 8, 3, 0);

        String printed = print(result(split, 0.5, mostlyWrong));

        assertThat(printed)
                .contains("note: accuracy 0.333 is below always answering 'Low' (0.667)");
    }

    @Test
    void givenAccuracyAtTheBaseline_print_addsNoWarning() {
        SplitInfo split = new SplitInfo("time-cut", "2024-01-01T00:00:00Z", true, 8, 3, 0);

        String printed = print(result(split, 0.5));

        assertThat(printed).doesNotContain("is below always answering");
    }

    private static BacktestResult result(SplitInfo split, double threshold) {
        return ReportFixtures.result(split, threshold, OUTCOMES);
    }

    private static BacktestResult result(
            SplitInfo split, double threshold, List<Outcome> outcomes) {
        return ReportFixtures.result(split, threshold, outcomes);
    }

    private static String print(BacktestResult result) {
        StringWriter text = new StringWriter();
        new ConsoleReport(new PrintWriter(text)).print(result);
        return text.toString();
    }
}
