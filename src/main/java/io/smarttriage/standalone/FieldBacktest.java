package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Trains, triages and scores one field of a backtest. */
final class FieldBacktest {

    private static final int RELIABILITY_BINS = 10;
    private static final int CURVE_STEPS = 20;
    private static final int CONFUSION_CLASSES = 10;

    private final FieldTrainer trainer;
    private final Progress progress;
    private final long seed;

    FieldBacktest(FieldTrainer trainer, Progress progress, long seed) {
        this.trainer = trainer;
        this.progress = progress;
        this.seed = seed;
    }

    /** Returns why {@code field} cannot be measured on {@code split}, or {@code null} if it can. */
    SkipReason unmeasurable(TargetField field, HistorySplit split) {
        List<Ticket> train = labelled(field, split.train());
        boolean noTest = labelled(field, split.test()).isEmpty();
        if (train.isEmpty()) {
            return noTest ? SkipReason.NO_VALUES : SkipReason.NO_TRAINING_VALUES;
        }
        if (noTest) {
            return SkipReason.NO_TEST_VALUES;
        }
        if (train.stream().map(field::valueOf).distinct().count() < 2) {
            return SkipReason.ONE_CLASS;
        }
        return null;
    }

    /** Trains on the split's history, triages its test requests one at a time and scores. */
    FieldResult run(TargetField field, HistorySplit split) {
        String name = field.name().toLowerCase(Locale.ROOT);
        List<Ticket> train = labelled(field, split.train());
        List<Ticket> test = labelled(field, split.test());
        progress.step(String.format("training %s on %,d requests", name, train.size()));
        FieldClassifier classifier = trainer.train(field, train, seed);
        List<Outcome> outcomes = new ArrayList<>(test.size());
        for (Ticket ticket : test) {
            FieldClassifier.Prediction prediction = classifier.predict(ticket);
            outcomes.add(
                    new Outcome(
                            field.valueOf(ticket), prediction.label(), prediction.confidence()));
            progress.triaged(name, outcomes.size(), test.size());
        }
        return score(field, train, outcomes, classifier.threshold());
    }

    private static FieldResult score(
            TargetField field, List<Ticket> train, List<Outcome> outcomes, double threshold) {
        Map<String, Long> counts =
                train.stream()
                        .collect(Collectors.groupingBy(field::valueOf, Collectors.counting()));
        String majority =
                counts.entrySet().stream()
                        .sorted(
                                Map.Entry.<String, Long>comparingByValue()
                                        .reversed()
                                        .thenComparing(Map.Entry.comparingByKey()))
                        .findFirst()
                        .orElseThrow()
                        .getKey();
        List<Outcome> baseline =
                outcomes.stream().map(o -> new Outcome(o.truth(), majority, 1.0)).toList();
        boolean urgency = field == TargetField.PRIORITY;
        return new FieldResult(
                field.name().toLowerCase(Locale.ROOT),
                train.size(),
                outcomes.size(),
                counts.size(),
                threshold,
                Scores.of(outcomes, urgency),
                majority,
                Scores.of(baseline, urgency),
                CurvePoint.at(outcomes, threshold),
                ReliabilityBin.table(outcomes, RELIABILITY_BINS),
                CurvePoint.curve(outcomes, CURVE_STEPS),
                ConfusionMatrix.of(outcomes, CONFUSION_CLASSES));
    }

    private static List<Ticket> labelled(TargetField field, List<Ticket> tickets) {
        return tickets.stream().filter(t -> field.valueOf(t) != null).toList();
    }
}
