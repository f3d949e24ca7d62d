package io.smarttriage.bench;

import io.smarttriage.eval.EvaluationTask;
import io.smarttriage.eval.ReliabilityTable;
import io.smarttriage.eval.TaskEvaluator;
import io.smarttriage.eval.TaskReport;
import io.smarttriage.model.TrainingOptions;

/** Scratch: runs a task once per cost given in -Dcosts and prints the figures. */
final class QuickEval {
    public static void main(String[] args) throws Exception {
        EvaluationTask task = EvaluationTask.valueOf(args[0]);
        EvaluationTask.Split split = task.load();
        for (String cost : System.getProperty("costs", "0.5").split(",")) {
            TrainingOptions options = TrainingOptions.defaults(task.field())
                    .withCost(Double.parseDouble(cost));
            if (System.getProperty("tune") != null) {
                options = options.withTuneOffsets(Boolean.parseBoolean(System.getProperty("tune")));
            }
            if (System.getProperty("balanced") != null) {
                options = options.withBalanced(Boolean.parseBoolean(System.getProperty("balanced")));
            }
            TaskReport report = TaskEvaluator.run(task, split, options);
            System.out.println("C=" + cost + " " + report.summary());
            for (ReliabilityTable.Bin bin : report.reliability().bins()) {
                System.out.printf("  [%.1f,%.1f) n=%d conf=%.3f acc=%.3f%n", bin.lower(),
                        bin.upper(), bin.count(), bin.meanConfidence(), bin.accuracy());
            }
        }
    }
}
