package io.smarttriage.bench;

import io.smarttriage.domain.Ticket;
import io.smarttriage.routing.AssignmentReplay;
import io.smarttriage.routing.AvailabilityBook;
import io.smarttriage.routing.AvailabilityFile;
import io.smarttriage.routing.PipelineTokens;
import io.smarttriage.routing.ReplayResult;
import io.smarttriage.routing.ReplaySettings;
import io.smarttriage.routing.WorkloadWeights;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Runs the ASG replay of the test period and prints the result. Argument: optional availability
 * file; system properties {@code capacity} (default 20) and {@code flat} (every open request weighs
 * 1).
 */
public final class AsgReplay {
    private AsgReplay() {}

    /** Arguments: optional path of an availability JSON file. */
    public static void main(String[] args) throws Exception {
        List<Ticket> tickets = BugsCsv.read(BugsCsv.ISSUES);
        AvailabilityBook availability =
                args.length > 0
                        ? AvailabilityFile.read(Path.of(args[0]))
                        : AvailabilityBook.alwaysAvailable();
        ReplaySettings base = ReplaySettings.defaults();
        ReplaySettings settings =
                new ReplaySettings(
                        Double.parseDouble(System.getProperty("capacity", "" + base.capacity())),
                        Boolean.getBoolean("flat") ? WorkloadWeights.flat() : base.weights(),
                        base.desk(),
                        base.expertise());
        long start = System.nanoTime();
        ReplayResult result =
                new AssignmentReplay(settings, new PipelineTokens(), availability)
                        .run(tickets, Instant.parse("2016-01-01T00:00:00Z"));
        System.out.printf(
                "%s%n%s%nseconds %.1f%n", settings, result, (System.nanoTime() - start) / 1e9);
    }
}
