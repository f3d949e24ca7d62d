package io.smarttriage.bench;

import io.smarttriage.domain.Ticket;
import io.smarttriage.routing.AssignmentEvaluation;
import io.smarttriage.routing.EvaluationReport;
import io.smarttriage.routing.ExpertiseSettings;
import io.smarttriage.routing.PipelineTokens;
import io.smarttriage.routing.RequestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Runs the ASG evaluation of EVALUATION.md and prints the figures; args override settings. */
public final class AsgEvaluation {
    private AsgEvaluation() {}

    /** Arguments: optional half-life in days, then the other settings in record order. */
    public static void main(String[] args) throws Exception {
        List<Ticket> tickets = BugsCsv.read(BugsCsv.ISSUES);
        ExpertiseSettings settings = settings(args);
        long start = System.nanoTime();
        Function<Ticket, List<String>> tokens =
                System.getProperty("tokens", "pipeline").equals("plain")
                        ? new RequestTokens()
                        : new PipelineTokens();
        EvaluationReport report =
                new AssignmentEvaluation(settings, tokens, 0.5)
                        .run(tickets, Instant.parse("2016-01-01T00:00:00Z"));
        System.out.printf(
                "%s%n%s%nseconds %.1f%n", settings, report, (System.nanoTime() - start) / 1e9);
    }

    private static ExpertiseSettings settings(String[] args) {
        ExpertiseSettings d = ExpertiseSettings.defaults();
        if (args.length == 0) {
            return d;
        }
        double[] v = new double[args.length];
        for (int i = 0; i < args.length; i++) {
            v[i] = Double.parseDouble(args[i]);
        }
        return new ExpertiseSettings(
                Duration.ofDays((long) v[0]),
                (int) v[1],
                v[2],
                v[3],
                v[4],
                v[5],
                v[6],
                v[7],
                v[8],
                (int) v[9]);
    }
}
