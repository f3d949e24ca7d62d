package io.smarttriage.model;

import io.smarttriage.eval.ConfusionMatrix;
import io.smarttriage.eval.CoverageAtThreshold;
import io.smarttriage.eval.ReliabilityTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import weka.core.Instances;

/**
 * The calibration of a model, fitted on held-out folds of the training rows: class offsets, softmax
 * scale, abstain threshold, and the held-out figures that justify them.
 *
 * @param offsets per-class shifts of the decision values, added to the machine's bias
 * @param scale softmax scale
 * @param confidenceMap isotonic map of the top-label probability to calibrated confidence
 * @param threshold abstain threshold
 * @param figures held-out accuracy, macro-F1, coverage, precision and calibration error
 */
record Calibration(
        double[] offsets,
        double scale,
        ConfidenceMap confidenceMap,
        double threshold,
        Map<String, Double> figures) {
    private static final int MIN_ACTED = 20;

    /** Fits offsets, scale and threshold for {@code run} on held-out decision values. */
    static Calibration fit(TrainingRun run, Instances data, List<SparseVector> vectors)
            throws Exception {
        TrainingOptions options = run.options();
        double[][] all =
                HeldOutScores.compute(
                        data,
                        vectors,
                        run.rows().tickets,
                        options.calibrationFolds(),
                        run::machine,
                        options.seed());
        CandidateScope scope = CandidateScope.of(run.field(), run.rows().classes);
        List<double[]> scores = new ArrayList<>();
        GrowableInts labels = new GrowableInts();
        for (int i = 0; i < all.length; i++) {
            if (all[i] != null) {
                scope.restrict(run.rows().tickets.get(i), all[i]);
                scores.add(all[i]);
                labels.add(run.rows().label[i]);
            }
        }
        int[] label = java.util.Arrays.copyOf(labels.values(), labels.size());
        double[] offsets =
                options.tuneOffsets()
                        ? ClassOffsets.tune(scores, label, run.rows().classes.size())
                        : new double[run.rows().classes.size()];
        scores.forEach(s -> shift(s, offsets));
        double scale = TemperatureScaling.fit(scores, label);
        Outcome raw = Outcome.of(scores, label, scale);
        ConfidenceMap map = ConfidenceMap.fit(raw.confidence, raw.correct);
        Outcome outcome = raw.mapped(map);
        double threshold =
                AbstainThreshold.choose(
                        outcome.confidence,
                        outcome.correct,
                        options.targetPrecision(),
                        Math.max(MIN_ACTED, label.length / 100));
        return new Calibration(
                offsets,
                scale,
                map,
                threshold,
                figures(
                        run.rows().classes,
                        label,
                        outcome.predicted,
                        outcome.confidence,
                        outcome.correct,
                        threshold));
    }

    private static void shift(double[] scores, double[] offsets) {
        for (int k = 0; k < scores.length; k++) {
            scores[k] += offsets[k];
        }
    }

    /** Held-out decisions after calibration. */
    private record Outcome(int[] predicted, double[] confidence, boolean[] correct) {
        static Outcome of(List<double[]> scores, int[] label, double scale) {
            Outcome outcome =
                    new Outcome(
                            new int[label.length],
                            new double[label.length],
                            new boolean[label.length]);
            for (int i = 0; i < label.length; i++) {
                double[] p = Softmax.of(scores.get(i), scale);
                outcome.predicted[i] = argmax(p);
                outcome.confidence[i] = p[outcome.predicted[i]];
                outcome.correct[i] = outcome.predicted[i] == label[i];
            }
            return outcome;
        }

        Outcome mapped(ConfidenceMap map) {
            double[] calibrated = new double[confidence.length];
            for (int i = 0; i < calibrated.length; i++) {
                calibrated[i] = map.apply(confidence[i]);
            }
            return new Outcome(predicted, calibrated, correct);
        }
    }

    private static Map<String, Double> figures(
            List<String> classes,
            int[] label,
            int[] predicted,
            double[] confidence,
            boolean[] correct,
            double threshold) {
        List<String> truth = new ArrayList<>();
        List<String> guess = new ArrayList<>();
        for (int i = 0; i < label.length; i++) {
            truth.add(classes.get(label[i]));
            guess.add(classes.get(predicted[i]));
        }
        ConfusionMatrix matrix = ConfusionMatrix.of(truth, guess);
        CoverageAtThreshold acted = CoverageAtThreshold.of(confidence, correct, threshold);
        Map<String, Double> figures = new TreeMap<>();
        figures.put("heldOut.accuracy", matrix.accuracy());
        figures.put("heldOut.macroF1", matrix.macroF1());
        figures.put("heldOut.coverage", acted.coverage());
        figures.put("heldOut.precision", acted.precision());
        figures.put(
                "heldOut.calibrationError",
                ReliabilityTable.of(confidence, correct, 10).expectedCalibrationError());
        return figures;
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            best = values[k] > values[best] ? k : best;
        }
        return best;
    }
}
