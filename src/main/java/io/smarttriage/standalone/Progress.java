package io.smarttriage.standalone;

import java.io.PrintWriter;

/** Progress lines of a long run, written to the error stream so they never mix with results. */
final class Progress {

    private static final int READ_STEP = 10_000;
    private static final int TRIAGE_STEPS = 10;
    private static final int MIN_TRIAGE_STEP = 1_000;

    private final PrintWriter err;

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** Notes a step of the run. */
    void step(String message) {
        err.println("... " + message);
        err.flush();
    }

    /** Notes every ten-thousandth row read. */
    void rowsRead(long rows) {
        if (rows % READ_STEP == 0) {
            step(String.format("read %,d rows", rows));
        }
    }

    /** Notes every tenth (at least every thousand) of the requests triaged, and the last one. */
    void triaged(String field, int done, int total) {
        int step = Math.max(MIN_TRIAGE_STEP, total / TRIAGE_STEPS);
        if (done % step == 0 || done == total) {
            step(String.format("%s: triaged %,d/%,d", field, done, total));
        }
    }
}
