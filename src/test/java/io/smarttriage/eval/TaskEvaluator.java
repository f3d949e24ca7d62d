package io.smarttriage.eval;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.ingest.IngestException;
import io.smarttriage.model.FieldModel;
import io.smarttriage.model.FieldModelTrainer;
import io.smarttriage.model.Prediction;
import io.smarttriage.model.Prediction.ScoredLabel;
import io.smarttriage.model.TrainingOptions;
import java.util.ArrayList;
import java.util.List;

/** Trains a field model on a task's training rows and measures it on the test rows. */
public final class TaskEvaluator {
    /** Priorities that count as urgent. */
    public static final List<String> URGENT = List.of("Blocker", "Critical");

    private TaskEvaluator() {}

    /** Runs {@code task} with the field's default training options. */
    public static TaskReport run(EvaluationTask task) throws IngestException {
        return run(task, task.load(), TrainingOptions.defaults(task.field()));
    }

    /** Runs {@code task} on an already loaded split with {@code options}. */
    public static TaskReport run(
            EvaluationTask task, EvaluationTask.Split split, TrainingOptions options) {
        long started = System.nanoTime();
        FieldModel model = FieldModelTrainer.train(split.train(), task.field(), options);
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        return measure(task, split, model, trainSeconds);
    }

    /** Measures a trained model on the test rows of {@code split}. */
    public static TaskReport measure(
            EvaluationTask task,
            EvaluationTask.Split split,
            FieldModel model,
            double trainSeconds) {
        TargetField field = task.field();
        List<String> truth = new ArrayList<>();
        List<String> guess = new ArrayList<>();
        List<List<String>> ranked = new ArrayList<>();
        double[] confidence = new double[split.test().size()];
        boolean[] correct = new boolean[split.test().size()];
        for (int i = 0; i < split.test().size(); i++) {
            Ticket ticket = split.test().get(i);
            Prediction prediction = model.predict(ticket);
            truth.add(field.valueOf(ticket));
            guess.add(prediction.label());
            ranked.add(prediction.ranked().stream().map(ScoredLabel::label).toList());
            confidence[i] = prediction.confidence();
            correct[i] = prediction.label().equals(truth.get(i));
        }
        ConfusionMatrix matrix = ConfusionMatrix.of(truth, guess);
        List<String> trainLabels = split.train().stream().map(field::valueOf).toList();
        return new TaskReport(
                task,
                split.train().size(),
                split.test().size(),
                matrix.accuracy(),
                matrix.macroF1(),
                task == EvaluationTask.PRI ? matrix.recallOf(URGENT) : Double.NaN,
                TopK.hitRate(truth, ranked, 3),
                model.threshold(),
                CoverageAtThreshold.of(confidence, correct, model.threshold()),
                ReliabilityTable.of(confidence, correct, 10),
                MajorityBaseline.evaluate(trainLabels, truth),
                trainSeconds);
    }
}
