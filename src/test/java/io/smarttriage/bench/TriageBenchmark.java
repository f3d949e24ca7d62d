package io.smarttriage.bench;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.eval.ConfusionMatrix;
import io.smarttriage.eval.EvaluationTask;
import io.smarttriage.eval.ReliabilityTable;
import io.smarttriage.eval.SharedData;
import io.smarttriage.eval.TaskEvaluator;
import io.smarttriage.eval.TaskReport;
import io.smarttriage.model.FieldModel;
import io.smarttriage.model.FieldModelTrainer;
import io.smarttriage.model.ModelStore;
import io.smarttriage.model.ModelTiming;
import io.smarttriage.model.StockLearners;
import io.smarttriage.model.TrainingOptions;
import io.smarttriage.model.TriageModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Rerunnable benchmark of the triage models on {@code ../shared/data}: fit time and peak heap on
 * the PRI training rows, one-at-a-time latency of classify + prioritize, saved model size, the
 * CAT/PRI/CMP figures and a stock Weka learner beside ours. Prints Markdown for BENCHMARKS.md. Run
 * from the repository root with {@code -Xmx1g} (see BENCHMARKS.md); {@code --speed-only} skips the
 * large fit, the task figures and the stock learner.
 */
public final class TriageBenchmark {
    private static final int WARM_UP = 3_000;
    private static final int LARGE_TRAINING = 27_700;
    private static final int TIMED_REQUESTS = 4_000;

    private TriageBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (!SharedData.present()) {
            System.out.println("skipped: " + SharedData.ROOT.toAbsolutePath() + " is absent");
            return;
        }
        print(
                "## Run: %d cores, max heap %d MB, load average %.1f",
                cores(),
                maxHeapMb(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        EvaluationTask.Split pri = EvaluationTask.PRI.load();
        Measure.Measured<FieldModel> priFit = trainMeasured(pri.train(), TargetField.PRIORITY);
        fitRow("PRI training split", pri.train().size(), priFit.measure());
        boolean full = !List.of(args).contains("--speed-only");
        if (full) {
            fitRow(
                    "earliest " + LARGE_TRAINING + " rows",
                    LARGE_TRAINING,
                    trainMeasured(earliest(LARGE_TRAINING), TargetField.PRIORITY).measure());
        }
        EvaluationTask.Split cmp = EvaluationTask.CMP.load();
        Measure.Measured<FieldModel> cmpFit = trainMeasured(cmp.train(), TargetField.COMPONENT);
        fitRow("CMP training split", cmp.train().size(), cmpFit.measure());
        latency(pri.test(), cmpFit.value(), priFit.value());
        size(priFit.value(), cmpFit.value());
        if (full) {
            figures(pri, priFit, cmp, cmpFit);
        }
    }

    private static void figures(
            EvaluationTask.Split pri,
            Measure.Measured<FieldModel> priFit,
            EvaluationTask.Split cmp,
            Measure.Measured<FieldModel> cmpFit)
            throws Exception {
        List<TaskReport> reports = new ArrayList<>();
        reports.add(TaskEvaluator.run(EvaluationTask.CAT));
        reports.add(
                TaskEvaluator.measure(
                        EvaluationTask.PRI, pri, priFit.value(), priFit.measure().wallSeconds()));
        reports.add(
                TaskEvaluator.measure(
                        EvaluationTask.CMP, cmp, cmpFit.value(), cmpFit.measure().wallSeconds()));
        reports.forEach(TriageBenchmark::evaluation);
        stock(EvaluationTask.CAT, EvaluationTask.CAT.load());
        stock(EvaluationTask.PRI, pri);
    }

    private static Measure.Measured<FieldModel> trainMeasured(
            List<Ticket> history, TargetField field) throws Exception {
        return Measure.of(
                () -> FieldModelTrainer.train(history, field, TrainingOptions.defaults(field)));
    }

    private static List<Ticket> earliest(int count) throws Exception {
        List<Ticket> all = new ArrayList<>(SharedData.bugTickets());
        all.sort(Comparator.comparing(Ticket::created).thenComparing(Ticket::key));
        return all.subList(0, count);
    }

    private static void fitRow(String what, int rows, Measure m) {
        print(
                "fit | %s | %d rows | wall %.1f s | cpu %.1f s | peak heap %d MB",
                what, rows, m.wallSeconds(), m.cpuSeconds(), m.peakHeapBytes() >> 20);
    }

    private static void latency(List<Ticket> requests, FieldModel classify, FieldModel prioritise) {
        for (int i = 0; i < WARM_UP; i++) {
            Ticket ticket = requests.get(i % requests.size());
            classify.predict(ticket);
            prioritise.predict(ticket);
        }
        long[] nanos = new long[Math.min(TIMED_REQUESTS, requests.size())];
        long[] cpu = new long[nanos.length];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < nanos.length; i++) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            classify.predict(requests.get(i));
            prioritise.predict(requests.get(i));
            nanos[i] = System.nanoTime() - started;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
        }
        latencyRow("classify (component) + prioritize, text pipeline included", nanos);
        latencyRow("same, thread CPU time (excludes waiting for a core and GC)", cpu);
        TriageModels together = new TriageModels(List.of(classify, prioritise));
        for (int i = 0; i < nanos.length; i++) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            together.predict(requests.get(i));
            nanos[i] = System.nanoTime() - started;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
        }
        latencyRow("TriageModels: both fields, text pipeline run once", nanos);
        latencyRow("same, thread CPU time", cpu);
        long[] pipeline = new long[nanos.length];
        long[] models = new long[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            Ticket ticket = requests.get(i);
            long started = System.nanoTime();
            List<String> forClassify = ModelTiming.tokens(classify, ticket);
            List<String> forPrioritise = ModelTiming.tokens(prioritise, ticket);
            long tokenized = System.nanoTime();
            ModelTiming.predict(classify, ticket, forClassify);
            ModelTiming.predict(prioritise, ticket, forPrioritise);
            models[i] = System.nanoTime() - tokenized;
            pipeline[i] = tokenized - started;
        }
        latencyRow("text pipeline only, both models' tokens", pipeline);
        latencyRow("models only, tokens given", models);
    }

    private static void latencyRow(String what, long[] nanos) {
        print(
                "latency | %s | %d requests | p50 %.3f ms | p99 %.3f ms | max %.3f ms",
                what,
                nanos.length,
                Measure.percentileMillis(nanos, 50),
                Measure.percentileMillis(nanos, 99),
                Measure.percentileMillis(nanos, 100));
    }

    private static void size(FieldModel... models) throws Exception {
        for (FieldModel model : models) {
            Path file = Files.createTempFile("model", ".bin");
            ModelStore.save(model, file);
            print(
                    "size | %s | %.2f MB | %d terms",
                    model.field(), Files.size(file) / 1e6, model.provenance().vocabularySize());
            Files.delete(file);
        }
    }

    private static void evaluation(TaskReport report) {
        print("eval | %s", report.summary());
        for (ReliabilityTable.Bin bin : report.reliability().bins()) {
            print(
                    "reliability | %s | %.1f-%.1f | %d | %.3f | %.3f",
                    report.task(),
                    bin.lower(),
                    bin.upper(),
                    bin.count(),
                    bin.meanConfidence(),
                    bin.accuracy());
        }
    }

    private static void stock(EvaluationTask task, EvaluationTask.Split split) throws Exception {
        List<String> predicted =
                new ArrayList<>(
                        StockLearners.naiveBayesMultinomial(
                                split.train(), split.test(), task.field()));
        String seconds = predicted.remove(predicted.size() - 1);
        List<String> truth = split.test().stream().map(task.field()::valueOf).toList();
        ConfusionMatrix matrix = ConfusionMatrix.of(truth, predicted);
        print(
                "stock | %s | Weka NaiveBayesMultinomial | macroF1 %.3f | acc %.3f | "
                        + "urgentRecall %.3f | fit %.1f s",
                task,
                matrix.macroF1(),
                matrix.accuracy(),
                matrix.recallOf(TaskEvaluator.URGENT),
                Double.parseDouble(seconds));
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
