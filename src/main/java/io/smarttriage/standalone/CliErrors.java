package io.smarttriage.standalone;

import io.smarttriage.ingest.IngestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on the error stream and an exit code, never a stack trace: 2
 * for a usage error, 1 for bad input or data, 3 for an internal error.
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(prefix(command) + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (isInputError(ex)) {
            err.println(prefix(command) + ex.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            err.println(prefix(command) + "cannot read or write a file: " + ex.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        err.println(
                prefix(command)
                        + "internal error: "
                        + ex.getClass().getSimpleName()
                        + ": "
                        + ex.getMessage());
        err.flush();
        return INTERNAL;
    }

    /** Returns whether {@code ex} reports bad input whose message is meant for the user. */
    static boolean isInputError(Exception ex) {
        return ex instanceof InputException || ex instanceof IngestException;
    }

    private static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName() + ": error: ";
    }
}
