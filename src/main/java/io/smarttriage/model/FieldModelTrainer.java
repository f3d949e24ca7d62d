package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import weka.core.Instances;

/**
 * Trains the model of one target field from a service desk's history: TF-IDF vocabulary on the
 * training rows, a one-vs-rest linear SVM through Weka, softmax calibration and an abstain
 * threshold fitted on held-out folds of the same training rows.
 */
public final class FieldModelTrainer {
    private static final Logger log = LoggerFactory.getLogger(FieldModelTrainer.class);

    private FieldModelTrainer() {}

    /**
     * Trains a model with the standard features of {@code field}.
     *
     * @param history past tickets; those without a value of {@code field} are not used
     * @param field the field to predict
     * @param options training options
     * @return the trained model
     * @throws IllegalArgumentException when fewer than two distinct values occur
     */
    public static FieldModel train(
            List<Ticket> history, TargetField field, TrainingOptions options) {
        return train(history, field, options, TicketFeatures.forField(field));
    }

    /**
     * Trains a model on tokens from {@code features}; see {@link #train(List, TargetField,
     * TrainingOptions)}.
     */
    static FieldModel train(
            List<Ticket> history,
            TargetField field,
            TrainingOptions options,
            FeatureExtractor features) {
        Objects.requireNonNull(options, "options");
        long started = System.nanoTime();
        LabelledRows rows = LabelledRows.of(history, field);
        log.info(
                "Training {} model on {} rows with {} classes",
                field,
                rows.size(),
                rows.classes.size());
        CountedDocuments.Result counted = vectorize(rows, features, options);
        TfidfVectorizer vectorizer = counted.vectorizer();
        List<SparseVector> vectors = counted.vectors();
        log.debug(
                "Vocabulary of {} terms after {} ms",
                vectorizer.size(),
                (System.nanoTime() - started) / 1_000_000);
        Instances data = WekaData.header(field.name(), vectorizer, rows.classes);
        for (int i = 0; i < rows.size(); i++) {
            data.add(WekaData.instance(data, vectors.get(i), rows.label[i]));
        }
        FieldModel model =
                fit(new TrainingRun(field, options, features, vectorizer, rows), data, vectors);
        log.info(
                "Trained {} model: {} terms in {} ms",
                field,
                vectorizer.size(),
                (System.nanoTime() - started) / 1_000_000);
        return model;
    }

    private static CountedDocuments.Result vectorize(
            LabelledRows rows, FeatureExtractor features, TrainingOptions options) {
        try {
            return CountedDocuments.vectorize(rows.tickets, features, options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted while reading text", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "reading the text of a training ticket failed: " + e.getCause(), e.getCause());
        }
    }

    private static FieldModel fit(TrainingRun run, Instances data, List<SparseVector> vectors) {
        try {
            Calibration calibration = Calibration.fit(run, data, vectors);
            LinearSvm machine = run.machine(data);
            machine.weights().shiftBias(calibration.offsets());
            return new FieldModel(
                    run.features(),
                    run.vectorizer(),
                    run.rows().classes,
                    machine,
                    calibration.confidenceMap(),
                    run.provenance(calibration));
        } catch (Exception e) {
            throw new IllegalStateException(
                    "training the " + run.field() + " model failed: " + e.getMessage(), e);
        }
    }
}
