package io.smarttriage.standalone;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code smart-triage} command line: backtests on exports, the generated-data demo and the
 * volume forecast.
 */
@Command(
        name = "smart-triage",
        mixinStandardHelpOptions = true,
        version = "smart-triage 0.1",
        description =
                "Learns triage from a service desk's history and measures it on the "
                        + "requests that came after, offline.",
        subcommands = {
            BacktestCommand.class,
            DemoCommand.class,
            ForecastCommand.class,
            ReplayCommand.class,
            ReplayNodeCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done",
            "  1  bad input or data (the message says what and where)",
            "  2  wrong usage",
            "  3  internal error"
        })
public final class SmartTriageCommand implements Runnable {

    @picocli.CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        quietLogging();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(args, out, err));
    }

    /**
     * Keeps the library's INFO lines off the console, where progress and reports go; a user who
     * wants them sets {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=info}.
     */
    static void quietLogging() {
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
    }

    /** Runs the command line with the given streams and returns the exit code. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CliErrors errors = new CliErrors();
        return new CommandLine(new SmartTriageCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required: backtest, demo, forecast or replay");
    }
}
