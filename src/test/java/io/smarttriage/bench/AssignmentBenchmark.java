package io.smarttriage.bench;

import io.smarttriage.routing.AgentPool;
import io.smarttriage.routing.Assigner;
import io.smarttriage.routing.AvailabilityBook;
import io.smarttriage.routing.DeskSettings;
import io.smarttriage.routing.ExpertiseModel;
import io.smarttriage.routing.ExpertiseSettings;
import io.smarttriage.routing.OpenRequest;
import io.smarttriage.routing.RequestFeatures;
import io.smarttriage.routing.Strategy;
import io.smarttriage.routing.Workload;
import io.smarttriage.routing.WorkloadWeights;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times one assignment decision among 200 agents, one request at a time, after warm-up.
 *
 * <p>Synthetic desk: 200 agents with 60 resolved requests each over two years (30 components,
 * 3,000-word vocabulary, 40 tokens a request), 0-9 open requests each, working hours in four time
 * zones and a few absences. Arguments: agents, warm-up decisions, measured decisions.
 */
public final class AssignmentBenchmark {
    private static final Instant NOW = Instant.parse("2024-03-05T10:00:00Z");
    private static final long SEED = 42;

    private AssignmentBenchmark() {}

    /** Runs the benchmark and prints percentiles in microseconds. */
    public static void main(String[] args) {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        Random random = new Random(SEED);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            keys.add(String.format("agent%03d", i));
        }
        for (Strategy strategy : Strategy.values()) {
            Assigner assigner = desk(keys, random, strategy);
            run(assigner, random, warmUp);
            long[][] nanos = run(assigner, random, measured);
            report(strategy, "wall", agents, nanos[0]);
            report(strategy, "cpu", agents, nanos[1]);
        }
    }

    private static Assigner desk(List<String> keys, Random random, Strategy strategy) {
        ExpertiseModel model = new ExpertiseModel(ExpertiseSettings.defaults());
        Workload workload = new Workload(WorkloadWeights.defaults());
        AvailabilityBook availability = AvailabilityBook.alwaysAvailable();
        for (String key : keys) {
            for (int j = 0; j < 60; j++) {
                model.learn(
                        key,
                        request(random, key + "-" + j),
                        NOW.minus(Duration.ofHours(random.nextInt(2 * 365 * 24))));
            }
            for (int j = 0; j < random.nextInt(10); j++) {
                workload.open(
                        new OpenRequest(
                                key + "-open-" + j,
                                key,
                                "Major",
                                NOW.minus(Duration.ofDays(random.nextInt(30)))));
            }
            availability.put(key, SyntheticHours.of(random, NOW));
        }
        return new Assigner(
                AgentPool.uniform(keys, 12),
                model,
                workload,
                availability,
                DeskSettings.defaults().with(strategy));
    }

    private static long[][] run(Assigner assigner, Random random, int decisions) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[decisions];
        long[] cpu = new long[decisions];
        long sink = 0;
        for (int i = 0; i < decisions; i++) {
            RequestFeatures request = request(random, "NEW-" + i);
            Instant now = NOW.plus(Duration.ofMinutes(random.nextInt(7 * 24 * 60)));
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += assigner.decide(request, now).alternatives().size();
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return new long[][] {nanos, cpu};
    }

    static RequestFeatures request(Random random, String key) {
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            tokens.add("w" + (int) Math.min(2999, Math.abs(random.nextGaussian()) * 700));
        }
        return new RequestFeatures(
                key,
                "DESK",
                List.of("comp" + random.nextInt(30)),
                List.of("Blocker", "Major", "Minor").get(random.nextInt(3)),
                null,
                null,
                tokens);
    }

    private static void report(Strategy strategy, String clock, int agents, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-12s %-4s agents %d decisions %d  p50 %.0f us  p90 %.0f us"
                        + "  p99 %.0f us  max %.0f us%n",
                strategy,
                clock,
                agents,
                sorted.length,
                pct(sorted, 0.50),
                pct(sorted, 0.90),
                pct(sorted, 0.99),
                sorted[sorted.length - 1] / 1e3);
    }

    private static double pct(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e3;
    }
}
