package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import io.smarttriage.forecast.CategoryForecaster;
import io.smarttriage.forecast.CategoryForecasts;
import io.smarttriage.forecast.CategorySummary;
import io.smarttriage.forecast.ChartData;
import io.smarttriage.forecast.DayStaffing;
import io.smarttriage.forecast.Forecast;
import io.smarttriage.forecast.ForecastSettings;
import io.smarttriage.forecast.HolidayCalendar;
import io.smarttriage.forecast.VolumeForecaster;
import io.smarttriage.ingest.IngestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code smart-triage forecast}: forecasts daily incoming volume from an issue export, prints a
 * table with intervals and agents needed, and writes a self-contained HTML page and its JSON.
 */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Forecasts requests per day with 80%% and 95%% intervals and the agents "
                    + "needed (Erlang C), from the creation times of an issue export.",
            "Writes forecast.html (chart and table) and forecast.json (chart data)."
        })
public final class ForecastCommand implements Callable<Integer> {

    private static final int CHART_HISTORY_DAYS = 56;

    @Spec private CommandSpec spec;

    @Mixin private ForecastOptions options;

    /** Runs the command on its own, outside the main {@code smart-triage} command. */
    public static void main(String[] args) {
        CliErrors errors = new CliErrors();
        CommandLine command =
                new CommandLine(new ForecastCommand())
                        .setParameterExceptionHandler(errors)
                        .setExecutionExceptionHandler(errors);
        System.exit(command.execute(args));
    }

    @Override
    public Integer call() throws IOException, IngestException {
        CommandLine line = spec.commandLine();
        checkOptions(line);
        PrintWriter console = line.getOut();
        HolidayCalendar calendar = ForecastHolidays.read(options.holidays, line);
        ReportFiles.prepare(options.out);
        ForecastHistory history =
                ForecastHistory.of(ForecastExport.read(options, console), options, line);
        VolumeForecaster forecaster = new VolumeForecaster(ForecastSettings.defaults(calendar));
        CategoryForecasts split = options.byCategory ? split(forecaster, history) : null;
        Forecast forecast =
                split != null
                        ? split.total()
                        : forecaster.forecast(history.series(), options.horizon);
        ForecastStaffing staffing =
                new ForecastStaffing(options, history.tickets(), forecast, split);
        List<DayStaffing> agents = staffing.plan(history.tickets(), forecast);
        report(history, forecast, split, agents, staffing);
        return 0;
    }

    private void checkOptions(CommandLine line) {
        String problem = options.problem();
        if (problem != null) {
            throw new CommandLine.ParameterException(line, problem);
        }
        if (!Files.exists(options.issues)) {
            throw new CommandLine.ParameterException(
                    line, "--issues " + options.issues + ": no such file");
        }
    }

    private CategoryForecasts split(VolumeForecaster forecaster, ForecastHistory history) {
        return new CategoryForecaster(forecaster)
                .forecast(
                        history.tickets(),
                        TargetField.CATEGORY::valueOf,
                        options.zone,
                        history.series().start(),
                        history.series().end(),
                        options.horizon);
    }

    private void report(
            ForecastHistory history,
            Forecast forecast,
            CategoryForecasts split,
            List<DayStaffing> agents,
            ForecastStaffing staffing)
            throws IOException {
        ForecastMessages messages = ForecastMessages.load();
        PrintWriter console = spec.commandLine().getOut();
        ForecastConsole table = new ForecastConsole(console, messages);
        List<ForecastRow> rows = ForecastRow.of(forecast, agents);
        table.printDays(forecast.notes(), rows);
        List<ForecastCategoryRow> categories =
                ForecastCategoryRow.of(
                        split == null ? List.of() : CategorySummary.of(split), messages);
        if (split != null) {
            table.printCategories(categories, split);
        }
        ChartData chart =
                ChartData.of(
                        options.project, history.series(), CHART_HISTORY_DAYS, forecast, agents);
        String assumptions = staffing.assumptions(messages, split != null);
        Path out = options.out;
        Path html =
                ForecastFiles.write(
                        out, chart, rows, categories, split != null, assumptions, messages);
        console.printf("%s%nWrote %s and %s%n", assumptions, html, ForecastFiles.json(out));
    }
}
