package io.smarttriage.model;

import io.smarttriage.domain.TargetField;

/**
 * How a field model is trained.
 *
 * @param seed seed of every random choice; the same seed and data give the same model
 * @param cost SVM cost C (inverse regularisation strength)
 * @param balanced weigh each class inversely to its frequency (for imbalanced fields)
 * @param minDf fewest training documents a term must occur in to enter the vocabulary
 * @param maxFeatures vocabulary size limit (most frequent terms kept)
 * @param calibrationFolds held-out folds of the training rows for calibration and threshold
 * @param targetPrecision precision the model must reach on the rows it acts on
 * @param threads how many classes train at once
 * @param pruneBelow trained weights smaller in magnitude are dropped to keep the model small
 * @param tuneOffsets shift each class's decision value to maximise held-out macro-F1
 */
public record TrainingOptions(
        long seed,
        double cost,
        boolean balanced,
        int minDf,
        int maxFeatures,
        int calibrationFolds,
        double targetPrecision,
        int threads,
        double pruneBelow,
        boolean tuneOffsets) {
    /** The default seed of the whole triage engine. */
    public static final long DEFAULT_SEED = 20_240_601L;

    /** Checks every option. */
    public TrainingOptions {
        require(cost > 0, "cost", cost, "must be > 0");
        require(minDf >= 1, "minDf", minDf, "must be >= 1");
        require(maxFeatures >= 1, "maxFeatures", maxFeatures, "must be >= 1");
        require(calibrationFolds >= 2, "calibrationFolds", calibrationFolds, "must be >= 2");
        require(
                targetPrecision > 0 && targetPrecision <= 1,
                "targetPrecision",
                targetPrecision,
                "must be in (0, 1]");
        require(threads >= 1, "threads", threads, "must be >= 1");
        require(pruneBelow >= 0, "pruneBelow", pruneBelow, "must be >= 0");
    }

    /**
     * Returns the defaults for {@code field}: balanced class weights (rare priorities and
     * components count as much as common ones), C 0.25 for category and priority and 0.5 for the
     * component (chosen on validation rows inside the training data), terms in at least 2
     * documents, three held-out folds, target precision 0.8 for priority and 0.9 otherwise, no
     * class offsets.
     */
    public static TrainingOptions defaults(TargetField field) {
        double precision = field == TargetField.PRIORITY ? 0.8 : 0.9;
        double cost = field == TargetField.COMPONENT ? 0.5 : 0.25;
        return new TrainingOptions(
                DEFAULT_SEED, cost, true, 2, 300_000, 3, precision, 2, 1e-4, false);
    }

    /** Returns a copy with another seed. */
    public TrainingOptions withSeed(long value) {
        return new TrainingOptions(
                value,
                cost,
                balanced,
                minDf,
                maxFeatures,
                calibrationFolds,
                targetPrecision,
                threads,
                pruneBelow,
                tuneOffsets);
    }

    /** Returns a copy with another cost C. */
    public TrainingOptions withCost(double value) {
        return new TrainingOptions(
                seed,
                value,
                balanced,
                minDf,
                maxFeatures,
                calibrationFolds,
                targetPrecision,
                threads,
                pruneBelow,
                tuneOffsets);
    }

    /** Returns a copy with or without balanced class weights. */
    public TrainingOptions withBalanced(boolean value) {
        return new TrainingOptions(
                seed,
                cost,
                value,
                minDf,
                maxFeatures,
                calibrationFolds,
                targetPrecision,
                threads,
                pruneBelow,
                tuneOffsets);
    }

    /** Returns a copy with or without tuned class offsets. */
    public TrainingOptions withTuneOffsets(boolean value) {
        return new TrainingOptions(
                seed,
                cost,
                balanced,
                minDf,
                maxFeatures,
                calibrationFolds,
                targetPrecision,
                threads,
                pruneBelow,
                value);
    }

    /** Returns a copy with another thread count. */
    public TrainingOptions withThreads(int value) {
        return new TrainingOptions(
                seed,
                cost,
                balanced,
                minDf,
                maxFeatures,
                calibrationFolds,
                targetPrecision,
                value,
                pruneBelow,
                tuneOffsets);
    }

    private static void require(boolean ok, String name, Object value, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(
                    "training option '" + name + "' " + rule + ", was " + value);
        }
    }
}
