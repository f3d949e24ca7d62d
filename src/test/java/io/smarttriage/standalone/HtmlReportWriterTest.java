package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.demo.DemoDataGenerator;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML report rendering: escaping of data values and texts from the bundle. */
class HtmlReportWriterTest {

    private static final String MARKUP_LABEL = "<b>&";

    @TempDir Path directory;

    @Test
    void givenLabelWithMarkup_write_escapesItEverywhere() throws IOException {
        BacktestResult result = backtestWithCategoryRenamed("HR", MARKUP_LABEL);
        Path file = directory.resolve("report.html");

        new HtmlReportWriter().write(result, file);

        String html = Files.readString(file);
        assertThat(html).contains("&lt;b&gt;&amp;").doesNotContain(MARKUP_LABEL);
    }

    @Test
    void givenSkippedField_write_listsItWithTheReasonFromTheBundle() throws IOException {
        BacktestResult measured = backtestWithCategoryRenamed("HR", "People");
        BacktestResult result =
                new BacktestResult(
                        measured.command(),
                        measured.dataset(),
                        measured.split(),
                        measured.seed(),
                        measured.fields(),
                        List.of(new SkippedField("priority", SkipReason.ONE_CLASS)),
                        null);
        Path file = directory.resolve("report.html");

        new HtmlReportWriter().write(result, file);

        assertThat(Files.readString(file))
                .contains("id=\"skipped\"")
                .contains("<strong>priority</strong>: the training history has only one value")
                .doesNotContain("skipped.ONE_CLASS");
    }

    @Test
    void givenAccuracyBelowTheBaseline_write_showsTheNoticeFromTheBundle() throws IOException {
        List<Outcome> mostlyWrong = ReportFixtures.BELOW_BASELINE;
        SplitInfo split = new SplitInfo("time-cut", "2024-01-01T00:00:00Z", true, 8, 3, 0);
        Path file = directory.resolve("report.html");

        new HtmlReportWriter().write(ReportFixtures.result(split, 0.5, mostlyWrong), file);

        assertThat(Files.readString(file))
                .contains("class=\"notice below-baseline\"")
                .contains("is below always answering 'Low' (0.667)")
                .doesNotContain("metrics.belowBaseline");
    }

    @Test
    void givenLabelWithMarkup_write_keepsTheRawLabelInJson() throws IOException {
        BacktestResult result = backtestWithCategoryRenamed("HR", MARKUP_LABEL);
        Path file = directory.resolve("result.json");

        new JsonReportWriter().write(result, file);

        assertThat(Files.readString(file)).contains("\"<b>&\"");
    }

    private static BacktestResult backtestWithCategoryRenamed(String from, String to) {
        List<Ticket> tickets =
                new DemoDataGenerator(7)
                        .generate(300).stream()
                                .map(t -> from.equals(t.category()) ? withCategory(t, to) : t)
                                .toList();
        TicketFeed feed =
                sink -> {
                    tickets.forEach(sink);
                    return new FeedSummary(tickets.size(), tickets.size(), 0, List.of());
                };
        DataSource source = new DataSource("test tickets", "generated", true);
        Progress quiet = new Progress(new PrintWriter(new StringWriter()));
        return new BacktestRunner(Trainers.standard(), quiet)
                .run("demo", source, feed, null, List.of(TargetField.CATEGORY), 1);
    }

    private static Ticket withCategory(Ticket t, String category) {
        return new Ticket(
                t.key(),
                t.project(),
                t.created(),
                t.resolved(),
                t.summary(),
                t.description(),
                t.environment(),
                t.reporter(),
                t.assignee(),
                t.priority(),
                category,
                t.components(),
                t.labels(),
                t.affectsVersions());
    }
}
