package io.smarttriage.bench;

import io.smarttriage.eval.EvaluationTask;
import io.smarttriage.eval.TaskEvaluator;
import io.smarttriage.model.TrainingOptions;

/** Scratch: runs the given tasks with default options and prints one line each. */
final class QuickEval {
    public static void main(String[] args) throws Exception {
        for (String name : args) {
            EvaluationTask task = EvaluationTask.valueOf(name);
            EvaluationTask.Split split = task.load();
            TrainingOptions options = TrainingOptions.defaults(task.field());
            if (System.getProperty("cost") != null) {
                options = options.withCost(Double.parseDouble(System.getProperty("cost")));
            }
            if (System.getProperty("tune") != null) {
                options = options.withTuneOffsets(Boolean.parseBoolean(System.getProperty("tune")));
            }
            if (System.getProperty("balanced") != null) {
                options = options.withBalanced(Boolean.parseBoolean(System.getProperty("balanced")));
            }
            System.out.println(TaskEvaluator.run(task, split, options).summary());
        }
    }
}
