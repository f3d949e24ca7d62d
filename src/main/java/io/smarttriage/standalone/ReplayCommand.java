package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;
import io.smarttriage.ingest.ExportFormat;
import io.smarttriage.ingest.IngestOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code replay} subcommand: an export replayed as Jira issue events on simulated nodes. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Replays an export as if its requests were created in Jira in time order: node "
                    + "processes sharing one Active Objects database take the creation events, "
                    + "triage them with the newest stored model and record the decisions; the "
                    + "final values come back as agents' corrections (resolved events), and one "
                    + "node per round retrains under a database lock. Prints per field accuracy "
                    + "of the first and second half and what each node did."
        })
final class ReplayCommand implements Callable<Integer> {
    /** Most node processes one replay starts. */
    static final int MAX_NODES = 8;

    /** The log level of the connection pool's own lines on the console, unless set. */
    private static final String QUIET_POOL = "org.slf4j.simpleLogger.log.com.zaxxer.hikari";

    /** The rejected rows listed by row, column and reason before the replay starts. */
    private static final int SHOWN_REJECTIONS = 5;

    @Spec private CommandSpec spec;

    @Option(names = "--issues", required = true, paramLabel = "FILE", description = "Export.")
    private Path issues;

    @Option(
            names = "--mapping",
            paramLabel = "NAME|FILE",
            description = "Column mapping (mapped CSV); without it Jira CSV or JSON by extension.")
    private String mapping;

    @Option(
            names = "--db",
            paramLabel = "URL",
            defaultValue = ReplayDatabase.EMBEDDED,
            description =
                    "'embedded' (H2 in memory, served to the nodes on a loopback port) or a "
                            + "jdbc:postgresql: URL (default: ${DEFAULT-VALUE}); a fresh schema "
                            + "is created and dropped.")
    private String db;

    @Option(
            names = "--db-user",
            paramLabel = "USER",
            defaultValue = "postgres",
            description = "PostgreSQL user, no password (default: ${DEFAULT-VALUE}).")
    private String dbUser;

    @Option(
            names = "--nodes",
            paramLabel = "N",
            defaultValue = "2",
            description = "Node processes, 1 to " + MAX_NODES + " (default: ${DEFAULT-VALUE}).")
    private int nodes;

    @Option(
            names = "--retrain-every",
            paramLabel = "N",
            defaultValue = "200",
            description = "Requests per round between retrainings (default: ${DEFAULT-VALUE}).")
    private int retrainEvery;

    @Option(
            names = "--projects",
            split = ",",
            paramLabel = "KEY",
            description = "Only these projects, comma-separated (default: all).")
    private List<String> projects;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            converter = InstantConverter.class,
            description = "Only requests created at or after this (yyyy-MM-dd or ISO-8601).")
    private Instant since;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "At most this many requests, the earliest after the filters.")
    private Integer limit;

    @Override
    public Integer call() {
        check();
        ExportFormat kind = mapping != null ? ExportFormat.MAPPED_CSV : plainFormat();
        PrintWriter out = spec.commandLine().getOut();
        System.setProperty(QUIET_POOL, System.getProperty(QUIET_POOL, "warn"));
        try (ReplayDatabase database = ReplayDatabase.open(db, dbUser)) {
            List<Ticket> all = new ArrayList<>();
            FeedSummary read =
                    ExportFeeds.open(issues, kind, mapping, IngestOptions.defaults())
                            .read(all::add);
            List<Ticket> usable = ReplaySelection.usable(all);
            List<Ticket> tickets =
                    new ReplaySelection(projects, since, limit).apply(issues, usable);
            out.println("Smart Triage replay");
            printRead(out, read, all.size() - usable.size());
            ReplayOutcome outcome = new ReplayRun(database, nodes, retrainEvery).run(tickets);
            outcome.print(out, database.describe());
            out.flush();
        }
        return 0;
    }

    /** Prints rows read, used and rejected (the first by row, column and reason) and left out. */
    private static void printRead(PrintWriter out, FeedSummary read, int leftOut) {
        out.printf(
                Locale.ROOT,
                "Read %,d rows: %,d used, %,d rejected%n",
                read.rowsRead(),
                read.rowsUsed(),
                read.rowsRejected());
        read.rejections().stream()
                .limit(SHOWN_REJECTIONS)
                .forEach(reason -> out.printf("  rejected: %s%n", reason));
        if (read.rowsRejected() > SHOWN_REJECTIONS) {
            out.printf(
                    Locale.ROOT,
                    "  (%,d more rejected rows)%n",
                    read.rowsRejected() - SHOWN_REJECTIONS);
        }
        if (leftOut > 0) {
            out.printf(
                    Locale.ROOT,
                    "Left out %,d used rows: they have no project or no creation date%n",
                    leftOut);
        }
        out.flush();
    }

    private void check() {
        atLeastOne("--nodes", nodes);
        if (nodes > MAX_NODES) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--nodes "
                            + nodes
                            + ": must be at most "
                            + MAX_NODES
                            + " (each node is a JVM with its own database connections)");
        }
        atLeastOne("--retrain-every", retrainEvery);
        if (limit != null) {
            atLeastOne("--limit", limit);
        }
        if (!ReplayDatabase.EMBEDDED.equals(db) && !db.startsWith(ReplayDatabase.POSTGRESQL)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--db '"
                            + db
                            + "': must be '"
                            + ReplayDatabase.EMBEDDED
                            + "' or a URL starting with "
                            + ReplayDatabase.POSTGRESQL);
        }
    }

    private void atLeastOne(String option, int value) {
        if (value < 1) {
            throw new ParameterException(
                    spec.commandLine(), option + " " + value + ": must be at least 1");
        }
    }

    private ExportFormat plainFormat() {
        return issues.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? ExportFormat.JIRA_JSON
                : ExportFormat.JIRA_CSV;
    }
}
