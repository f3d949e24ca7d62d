package io.smarttriage.standalone;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the assignment replay as a small table: figure, actual assignees, the app. */
final class ReplayConsoleTable {

    private static final String ROW = "  %-34s %8s %8s%n";
    private static final String NONE = "-";
    private static final int CONSOLE_SHARES = 5;

    private final PrintWriter out;

    ReplayConsoleTable(PrintWriter out) {
        this.out = out;
    }

    /** Prints the replay of {@code assignment}, or the note saying why it did not run. */
    void print(AssignmentResult assignment) {
        ReplayFigures replay = assignment.replay();
        if (replay == null) {
            out.printf("%nassignee replay: not run, %s%n", assignment.replayNote());
            return;
        }
        out.printf(
                "%nassignee replay: %,d requests after the cut in time order, %,d agents with"
                        + " capacity %.0f each, availability: %s%n",
                replay.requests(), replay.agents(), replay.capacity(), replay.availability());
        out.printf(ROW, "", "actual", "app");
        shares("busiest agent's share", replay.actualBusiestShare(), replay.appBusiestShare());
        shares("Gini of requests taken", replay.actualGini(), replay.appGini());
        shares("Gini of mean open load", replay.actualLoadGini(), replay.appLoadGini());
        out.printf(ROW, "actual assignee eligible", score(replay.actualEligibleShare()), NONE);
        out.printf(ROW, "app chose the actual assignee", NONE, score(replay.agreement()));
        out.printf(ROW, "suggested, not assigned", NONE, String.format("%,d", replay.suggested()));
        out.printf(ROW, "unassigned at arrival", NONE, String.format("%,d", replay.unassigned()));
        out.printf(
                ROW, "still waiting at the end", NONE, String.format("%,d", replay.stillWaiting()));
        if (!replay.actualExclusions().isEmpty()) {
            out.printf("  actual assignee not eligible: %s%n", reasons(replay.actualExclusions()));
        }
        printShares(replay);
    }

    private void printShares(ReplayFigures replay) {
        if (replay.appShares().isEmpty()) {
            return;
        }
        out.printf("  top agents under the app (share of requests / share of capacity):");
        replay.appShares().stream()
                .limit(CONSOLE_SHARES)
                .forEach(s -> out.printf(" %.3f/%.3f", s.share(), s.capacityShare()));
        out.printf("%n");
    }

    private void shares(String name, double actual, double app) {
        out.printf(ROW, name, score(actual), score(app));
    }

    private static String score(double value) {
        return String.format("%.3f", value);
    }

    private static String reasons(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> String.format("%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
