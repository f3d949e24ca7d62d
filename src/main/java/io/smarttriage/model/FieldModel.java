package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.model.Prediction.ScoredLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A trained model of one target field: turns a request into a calibrated prediction with an
 * explanation. Immutable and safe to share between threads.
 */
public final class FieldModel {
    private static final int ALTERNATIVES = 10;
    private static final int EXPLAINED_TERMS = 5;

    private final FeatureExtractor features;
    private final TfidfVectorizer vectorizer;
    private final List<String> labels;
    private final LinearSvm classifier;
    private final CandidateScope scope;
    private final ConfidenceMap confidenceMap;
    private final Provenance provenance;

    FieldModel(
            FeatureExtractor features,
            TfidfVectorizer vectorizer,
            List<String> labels,
            LinearSvm classifier,
            ConfidenceMap confidenceMap,
            Provenance provenance) {
        this.features = features;
        this.vectorizer = vectorizer;
        this.labels = List.copyOf(labels);
        this.classifier = classifier;
        this.scope = CandidateScope.of(field(provenance), this.labels);
        this.confidenceMap = confidenceMap;
        this.provenance = provenance;
    }

    /** Returns the extractor that turns tickets into this model's tokens. */
    FeatureExtractor features() {
        return features;
    }

    /** Returns the field this model predicts. */
    public TargetField field() {
        return field(provenance);
    }

    /** Returns the values this model can predict, in class-index order. */
    public List<String> labels() {
        return labels;
    }

    /** Returns where the model came from: data window, counts, options, figures, versions. */
    public Provenance provenance() {
        return provenance;
    }

    /** Returns the confidence below which predictions are marked as abstained. */
    public double threshold() {
        return provenance.threshold();
    }

    /** Returns a copy whose provenance carries {@code figures} in its evaluation. */
    public FieldModel withEvaluation(Map<String, Double> figures) {
        return new FieldModel(
                features,
                vectorizer,
                labels,
                classifier,
                confidenceMap,
                provenance.withEvaluation(figures));
    }

    /**
     * Predicts the field for one request.
     *
     * @param ticket the request; its value of the predicted field is ignored
     * @return the prediction with calibrated confidence, alternatives and explanation
     */
    public Prediction predict(Ticket ticket) {
        return predict(ticket, features.tokens(ticket));
    }

    /** Predicts from tokens this model's feature extractor already made of {@code ticket}. */
    Prediction predict(Ticket ticket, List<String> tokens) {
        SparseVector x = vectorizer.transform(tokens);
        double[] p = probabilities(ticket, x);
        int best = Calibration.argmax(p);
        return new Prediction(
                labels.get(best),
                p[best],
                p[best] < threshold(),
                ranked(p),
                TopTerms.top(x, classifier.weights(), best, vectorizer, EXPLAINED_TERMS));
    }

    private double[] probabilities(Ticket ticket, SparseVector x) {
        double[] scores = classifier.weights().scores(x);
        scope.restrict(ticket, scores);
        double[] p = Softmax.of(scores, provenance.calibrationScale());
        int best = Calibration.argmax(p);
        double top = confidenceMap.apply(p[best]);
        double rest = 1 - p[best];
        for (int k = 0; k < p.length; k++) {
            p[k] = k == best ? top : rest > 0 ? p[k] * (1 - top) / rest : 0;
        }
        return p;
    }

    private List<ScoredLabel> ranked(double[] p) {
        List<ScoredLabel> all = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            if (p[k] > 0) {
                all.add(new ScoredLabel(labels.get(k), p[k]));
            }
        }
        all.sort(
                Comparator.comparingDouble(ScoredLabel::probability)
                        .reversed()
                        .thenComparing(ScoredLabel::label));
        return all.subList(0, Math.min(ALTERNATIVES, all.size()));
    }

    TfidfVectorizer vectorizer() {
        return vectorizer;
    }

    ConfidenceMap confidenceMap() {
        return confidenceMap;
    }

    LinearSvm classifier() {
        return classifier;
    }

    private static TargetField field(Provenance provenance) {
        return TargetField.valueOf(provenance.field());
    }
}
