package io.smarttriage.standalone;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The exit code and the two output streams of one command-line run, for tests. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode =
                SmartTriageCommand.execute(
                        args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
