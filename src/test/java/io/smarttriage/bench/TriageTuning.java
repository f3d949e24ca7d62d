package io.smarttriage.bench;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.eval.ConfusionMatrix;
import io.smarttriage.eval.EvaluationTask;
import io.smarttriage.eval.SharedData;
import io.smarttriage.eval.TaskEvaluator;
import io.smarttriage.model.FieldModel;
import io.smarttriage.model.FieldModelTrainer;
import io.smarttriage.model.TrainingOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses training options on training rows only: CAT trains on three of four folds of its training
 * rows and scores the fourth; PRI and CMP train on the training period before 2015 and score 2015
 * (forward in time). Test rows are never read. Arguments: the task (CAT, PRI or CMP) and the costs
 * C to try, each with {@code +o} for tuned class offsets.
 */
public final class TriageTuning {
    private static final Instant VALIDATION_START = Instant.parse("2015-01-01T00:00:00Z");

    private TriageTuning() {}

    public static void main(String[] args) throws Exception {
        if (!SharedData.present()) {
            System.out.println("skipped: " + SharedData.ROOT.toAbsolutePath() + " is absent");
            return;
        }
        EvaluationTask task = EvaluationTask.valueOf(args[0]);
        List<Ticket> training = task.load().train();
        List<Ticket> fit = new ArrayList<>();
        List<Ticket> check = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            Ticket ticket = training.get(i);
            boolean held =
                    task == EvaluationTask.CAT
                            ? i % 4 == 0
                            : !ticket.created().isBefore(VALIDATION_START);
            (held ? check : fit).add(ticket);
        }
        for (int a = 1; a < args.length; a++) {
            score(task, fit, check, args[a]);
        }
    }

    private static void score(
            EvaluationTask task, List<Ticket> fit, List<Ticket> check, String name) {
        long started = System.nanoTime();
        TargetField field = task.field();
        double cost = Double.parseDouble(name.replace("+o", ""));
        TrainingOptions options =
                TrainingOptions.defaults(field).withCost(cost).withTuneOffsets(name.endsWith("+o"));
        FieldModel model = FieldModelTrainer.train(fit, field, options);
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (Ticket ticket : check) {
            String value = field.valueOf(ticket);
            if (value != null) {
                truth.add(value);
                predicted.add(model.predict(ticket).label());
            }
        }
        ConfusionMatrix matrix = ConfusionMatrix.of(truth, predicted);
        System.out.println(
                String.format(
                        Locale.ROOT,
                        "tune | %s | %s | fit %d / check %d | macroF1 %.4f | acc %.4f"
                                + " | urgent %.3f | %.0f s",
                        task,
                        name,
                        fit.size(),
                        truth.size(),
                        matrix.macroF1(),
                        matrix.accuracy(),
                        matrix.recallOf(TaskEvaluator.URGENT),
                        (System.nanoTime() - started) / 1e9));
    }
}
