package io.smarttriage.standalone;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on the error stream and an exit code, never a stack trace:
 * 2 for a usage error, 1 for bad input or data, 3 for an internal error.
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
        err.println(prefix(command) + "internal error: " + ex.getClass().getSimpleName() + ": "
                + ex.getMessage());
        err.flush();
        return INTERNAL;
    }

    /** Returns whether {@code ex} reports bad input whose message is meant for the user. */
    static boolean isInputError(Exception ex) {
        return ex instanceof InputException;
    }

    private static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName() + ": error: ";
    }
}
