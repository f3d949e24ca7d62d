package io.smarttriage.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.forecast.CategoryForecaster;
import io.smarttriage.forecast.CategoryForecasts;
import io.smarttriage.forecast.CategorySummary;
import io.smarttriage.forecast.ChartData;
import io.smarttriage.forecast.ChartLayout;
import io.smarttriage.forecast.DailyCounts;
import io.smarttriage.forecast.DailySeries;
import io.smarttriage.forecast.DayStaffing;
import io.smarttriage.forecast.Forecast;
import io.smarttriage.forecast.ForecastDay;
import io.smarttriage.forecast.ForecastNote;
import io.smarttriage.forecast.ForecastSettings;
import io.smarttriage.forecast.HandlingTimes;
import io.smarttriage.forecast.HolidayCalendar;
import io.smarttriage.forecast.HourlyProfile;
import io.smarttriage.forecast.Interval;
import io.smarttriage.forecast.StaffingPlanner;
import io.smarttriage.forecast.StaffingSettings;
import io.smarttriage.forecast.VolumeForecaster;
import io.smarttriage.forecast.WorkloadMix;
import io.smarttriage.ingest.ColumnMappings;
import io.smarttriage.ingest.ExportFormat;
import io.smarttriage.ingest.IngestException;
import io.smarttriage.ingest.IngestOptions;
import io.smarttriage.ingest.IngestSummary;
import io.smarttriage.ingest.TicketSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    private static final Duration HANDLING_CAP = Duration.ofHours(8);
    private static final Duration HANDLING_FALLBACK = Duration.ofMinutes(30);
    private static final int CHART_HISTORY_DAYS = 56;

    @Spec private CommandSpec spec;

    @Option(
            names = "--issues",
            required = true,
            paramLabel = "FILE",
            description = "The export to read.")
    private Path issues;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "jira-csv, jira-json or mapped-csv (default: mapped-csv with "
                            + "--mapping, jira-json for *.json, else jira-csv).")
    private String format;

    @Option(
            names = "--mapping",
            paramLabel = "NAME|FILE",
            description =
                    "Column mapping for mapped-csv: a built-in name (apache-jira-bugs) "
                            + "or a mapping file.")
    private String mapping;

    @Option(
            names = "--horizon",
            paramLabel = "DAYS",
            defaultValue = "28",
            description = "Days to forecast, 1 to 56 (default: ${DEFAULT-VALUE}).")
    private int horizon;

    @Option(
            names = "--project",
            paramLabel = "KEY",
            description = "Only this project (default: all projects together).")
    private String project;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "forecast-report",
            description =
                    "Directory for forecast.html and forecast.json (default: "
                            + "${DEFAULT-VALUE}).")
    private Path out;

    @Option(
            names = "--until",
            paramLabel = "DATE",
            description = "Last history day, yyyy-MM-dd (default: the last day with a request).")
    private LocalDate until;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            defaultValue = "UTC",
            description = "Time zone of days and hours (default: ${DEFAULT-VALUE}).")
    private ZoneId zone;

    @Option(
            names = "--holidays",
            paramLabel = "FILE",
            description = "Holiday dates, one yyyy-MM-dd per line (default: none).")
    private Path holidays;

    @Option(
            names = "--handling-minutes",
            paramLabel = "MIN",
            description = "Mean handling time (default: learned; see the forecast package).")
    private Long handlingMinutes;

    @Option(
            names = "--by-category",
            description =
                    "Also forecast each category (the export's category or request type) "
                            + "with 8 weeks and 1 request/day of history; staff on their "
                            + "handling times.")
    private boolean byCategory;

    @Option(
            names = "--service-level",
            paramLabel = "SHARE",
            defaultValue = "0.8",
            description = "Share answered within --answer-minutes (default: ${DEFAULT-VALUE}).")
    private double serviceLevel;

    @Option(
            names = "--answer-minutes",
            paramLabel = "MIN",
            defaultValue = "60",
            description = "Answer-time target in minutes (default: ${DEFAULT-VALUE}).")
    private long answerMinutes;

    @Option(
            names = "--shrinkage",
            paramLabel = "SHARE",
            defaultValue = "0.3",
            description = "Share of paid time not available (default: ${DEFAULT-VALUE}).")
    private double shrinkage;

    /** Runs the command on its own, outside the main {@code smart-triage} command. */
    public static void main(String[] args) {
        CommandLine command = new CommandLine(new ForecastCommand());
        command.setExecutionExceptionHandler(
                (error, line, parsed) -> {
                    line.getErr().println("forecast: " + error.getMessage());
                    return 1;
                });
        System.exit(command.execute(args));
    }

    @Override
    public Integer call() throws IOException, IngestException {
        if (!Files.exists(issues)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--issues " + issues + ": no such file");
        }
        List<Ticket> tickets = selected(read());
        DailySeries history = history(tickets);
        VolumeForecaster forecaster = new VolumeForecaster(ForecastSettings.defaults(calendar()));
        CategoryForecasts split =
                byCategory
                        ? new CategoryForecaster(forecaster)
                                .forecast(
                                        tickets,
                                        TargetField.CATEGORY::valueOf,
                                        zone,
                                        history.start(),
                                        history.end(),
                                        horizon)
                        : null;
        Forecast forecast = split != null ? split.total() : forecaster.forecast(history, horizon);
        List<Instant> created = tickets.stream().map(Ticket::created).toList();
        StaffingSettings staffing =
                new StaffingSettings(serviceLevel, Duration.ofMinutes(answerMinutes), shrinkage, 8);
        List<Duration> handling = handling(tickets, forecast, split);
        List<DayStaffing> agents =
                new StaffingPlanner(staffing, HourlyProfile.learn(created, zone))
                        .plan(forecast, handling);
        Messages messages = Messages.load();
        PrintWriter console = spec.commandLine().getOut();
        printTable(console, forecast, agents, messages);
        List<CategorySummary> categories = split == null ? List.of() : CategorySummary.of(split);
        printCategories(console, categories, split, messages);
        ChartData chart = ChartData.of(project, history, CHART_HISTORY_DAYS, forecast, agents);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = json.valueToTree(chart);
        if (split != null) {
            tree.set("categories", json.valueToTree(categoryRows(categories, messages)));
        }
        json.writerWithDefaultPrettyPrinter()
                .writeValue(out.resolve("forecast.json").toFile(), tree);
        String assumptions = assumptions(messages, handling, split != null);
        Files.writeString(
                out.resolve("forecast.html"),
                Page.render(
                        chart,
                        rows(forecast, agents),
                        categoryRows(categories, messages),
                        assumptions,
                        messages));
        console.printf(
                "%s%nWrote %s and %s%n",
                assumptions, out.resolve("forecast.html"), out.resolve("forecast.json"));
        return 0;
    }

    private List<Duration> handling(
            List<Ticket> tickets, Forecast forecast, CategoryForecasts split) {
        HandlingTimes times =
                handlingMinutes != null
                        ? HandlingTimes.fixed(Duration.ofMinutes(handlingMinutes))
                        : HandlingTimes.learn(tickets, HANDLING_CAP, HANDLING_FALLBACK);
        if (split != null) {
            return WorkloadMix.handlingPerDay(split, times);
        }
        return forecast.days().stream().map(d -> times.overall()).toList();
    }

    private String assumptions(Messages messages, List<Duration> handling, boolean mix) {
        long minutes =
                Math.round(
                        handling.stream().mapToLong(Duration::toSeconds).average().orElse(0) / 60);
        return messages.format(
                mix
                        ? "triage.forecast.staffing.assumptions.mix"
                        : "triage.forecast.staffing.assumptions",
                Math.round(serviceLevel * 100),
                answerMinutes,
                minutes,
                Math.round(shrinkage * 100),
                8);
    }

    private List<Ticket> read() throws IngestException {
        ExportFormat kind =
                format != null
                        ? ExportFormat.parse(format)
                        : mapping != null
                                ? ExportFormat.MAPPED_CSV
                                : issues.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                                        ? ExportFormat.JIRA_JSON
                                        : ExportFormat.JIRA_CSV;
        IngestOptions options = IngestOptions.defaults();
        if (mapping != null) {
            options = options.withMapping(ColumnMappings.resolve(mapping));
        }
        List<Ticket> tickets = new ArrayList<>();
        IngestSummary summary = TicketSources.open(issues, kind, options).read(tickets::add);
        PrintWriter console = spec.commandLine().getOut();
        console.println(summary.describe());
        long undated = tickets.stream().filter(t -> t.created() == null).count();
        if (undated > 0) {
            console.println(undated + " requests without a creation time are left out");
        }
        return tickets.stream().filter(t -> t.created() != null).toList();
    }

    private List<Ticket> selected(List<Ticket> all) {
        List<Ticket> tickets =
                all.stream()
                        .filter(t -> project == null || project.equals(t.project()))
                        .filter(
                                t ->
                                        until == null
                                                || !LocalDate.ofInstant(t.created(), zone)
                                                        .isAfter(until))
                        .toList();
        if (tickets.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "no requests in "
                            + issues
                            + (project == null ? "" : " for project '" + project + "'")
                            + (until == null ? "" : " created by " + until));
        }
        return tickets;
    }

    private DailySeries history(List<Ticket> tickets) {
        LocalDate first =
                tickets.stream()
                        .map(t -> LocalDate.ofInstant(t.created(), zone))
                        .min(LocalDate::compareTo)
                        .orElseThrow();
        LocalDate last =
                until != null
                        ? until
                        : tickets.stream()
                                .map(t -> LocalDate.ofInstant(t.created(), zone))
                                .max(LocalDate::compareTo)
                                .orElseThrow();
        return DailyCounts.count(tickets.stream().map(Ticket::created).toList(), zone, first, last);
    }

    private HolidayCalendar calendar() throws IOException {
        if (holidays == null) {
            return HolidayCalendar.none();
        }
        List<LocalDate> dates = new ArrayList<>();
        List<String> lines = Files.readAllLines(holidays, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(line));
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        holidays
                                + ", line "
                                + (i + 1)
                                + ": '"
                                + line
                                + "' is not a date in pattern yyyy-MM-dd",
                        e);
            }
        }
        return new HolidayCalendar(new HashSet<>(dates));
    }

    private static void printTable(
            PrintWriter console, Forecast forecast, List<DayStaffing> agents, Messages messages) {
        for (ForecastNote note : forecast.notes()) {
            console.println("NOTE: " + messages.plain("triage.forecast.note." + note));
        }
        console.printf(
                "%-12s %8s %15s %15s %7s%n", "date", "forecast", "80% band", "95% band", "agents");
        for (Row row : rows(forecast, agents)) {
            console.printf(
                    "%-12s %8s %15s %15s %7s%n",
                    row.date() + (row.holiday() ? "*" : ""),
                    row.expected(),
                    row.band80(),
                    row.band95(),
                    row.agents());
        }
    }

    private static void printCategories(
            PrintWriter console,
            List<CategorySummary> categories,
            CategoryForecasts split,
            Messages messages) {
        if (split == null) {
            return;
        }
        String format = "%-24s %8s %10s %8s %17s  %s%n";
        console.printf(format, "category", "history", "next 7 d", "horizon", "80% band", "note");
        for (CategoryRow row : categoryRows(categories, messages)) {
            console.printf(
                    format,
                    row.category(),
                    row.historyRequests(),
                    row.next7(),
                    row.horizon(),
                    row.band80(),
                    row.note());
        }
        if (!split.groupedAsOther().isEmpty()) {
            console.println(
                    messages.plain("triage.forecast.category.grouped")
                            + " "
                            + String.join(", ", split.groupedAsOther()));
        }
    }

    private static List<CategoryRow> categoryRows(
            List<CategorySummary> categories, Messages messages) {
        List<CategoryRow> rows = new ArrayList<>();
        for (CategorySummary c : categories) {
            boolean has = c.band80() != null;
            List<String> notes = new ArrayList<>();
            if (!has) {
                notes.add(messages.plain("triage.forecast.category.status." + c.status()));
            }
            c.notes().forEach(n -> notes.add(messages.plain("triage.forecast.note." + n)));
            rows.add(
                    new CategoryRow(
                            c.category(),
                            c.historyRequests(),
                            has ? number(c.next7()) : "-",
                            has ? number(c.horizonTotal()) : "-",
                            has ? band(c.band80()) : "-",
                            String.join(" ", notes)));
        }
        return rows;
    }

    private static List<Row> rows(Forecast forecast, List<DayStaffing> agents) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < forecast.days().size(); i++) {
            ForecastDay day = forecast.days().get(i);
            rows.add(
                    new Row(
                            day.date().toString(),
                            number(day.expected()),
                            band(day.p80()),
                            band(day.p95()),
                            agents.get(i).agentsNeeded(),
                            agents.get(i).peakAgents(),
                            day.holiday()));
        }
        return rows;
    }

    private static String band(Interval interval) {
        return number(interval.lower()) + " - " + number(interval.upper());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * One line of the forecast table, formatted.
     *
     * @param date ISO date
     * @param expected forecast
     * @param band80 80% interval
     * @param band95 95% interval
     * @param agents agents to roster
     * @param peak most agents on duty at once
     * @param holiday whether the day is a holiday
     */
    public record Row(
            String date,
            String expected,
            String band80,
            String band95,
            int agents,
            int peak,
            boolean holiday) {}

    /**
     * One line of the category table, formatted.
     *
     * @param category category name
     * @param historyRequests requests in the history
     * @param next7 expected requests in the first seven days, "-" without a forecast
     * @param horizon expected requests over the horizon, "-" without a forecast
     * @param band80 summed daily 80% bounds over the horizon, "-" without a forecast
     * @param note why there is no forecast, and the forecast's notes
     */
    public record CategoryRow(
            String category,
            int historyRequests,
            String next7,
            String horizon,
            String band80,
            String note) {}

    /** Page text from the {@code standalone/forecast} bundle, HTML-escaped for the template. */
    public static final class Messages {

        private final ResourceBundle bundle;

        private Messages(ResourceBundle bundle) {
            this.bundle = bundle;
        }

        static Messages load() {
            return new Messages(ResourceBundle.getBundle("standalone.forecast", Locale.ROOT));
        }

        /** Returns the escaped text of {@code key}. */
        public String text(String key) {
            return escape(bundle.getString(key));
        }

        /** Returns the escaped text of {@code key} with {@code args} filled in. */
        public String format(String key, Object... args) {
            return escape(new MessageFormat(bundle.getString(key), Locale.ROOT).format(args));
        }

        /** Returns {@code text} HTML-escaped, for values that are not from the bundle. */
        public String html(String text) {
            return escape(text);
        }

        String plain(String key) {
            return bundle.getString(key);
        }

        static String escape(String text) {
            return text.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;")
                    .replace("'", "&#39;");
        }
    }

    /** Renders the self-contained HTML page from the chart data. */
    static final class Page {

        private Page() {}

        static String render(
                ChartData chart,
                List<Row> rows,
                List<CategoryRow> categories,
                String assumptions,
                Messages messages) {
            VelocityEngine engine = new VelocityEngine();
            engine.setProperty("resource.loaders", "class");
            engine.setProperty(
                    "resource.loader.class.class",
                    "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
            engine.init();
            VelocityContext context = new VelocityContext();
            context.put("msg", messages);
            context.put("data", chart);
            context.put("layout", ChartLayout.of(chart));
            context.put("rows", rows);
            context.put("categories", categories);
            context.put("notes", chart.notes().stream().sorted().toList());
            context.put(
                    "project",
                    chart.project() == null
                            ? messages.plain("triage.forecast.page.all")
                            : chart.project());
            context.put("maxAgents", rows.stream().mapToInt(Row::agents).max().orElse(0));
            context.put("staffingText", assumptions);
            StringWriter html = new StringWriter();
            engine.getTemplate("standalone/forecast.html.vm", "UTF-8").merge(context, html);
            return html.toString();
        }
    }
}
