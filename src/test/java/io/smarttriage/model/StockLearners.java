package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.ArrayList;
import java.util.List;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.core.Instances;

/**
 * Runs a stock Weka learner on exactly the features our models use (same vocabulary, same TF-IDF
 * sparse instances), for the comparison in BENCHMARKS.md.
 */
public final class StockLearners {
    private StockLearners() {}

    /**
     * Trains Weka's NaiveBayesMultinomial on {@code train} and predicts {@code test}.
     *
     * @return the predicted label per test ticket, then the fit time in seconds as the last element
     */
    public static List<String> naiveBayesMultinomial(
            List<Ticket> train, List<Ticket> test, TargetField field) throws Exception {
        long started = System.nanoTime();
        FeatureExtractor features = TicketFeatures.forField(field);
        LabelledRows rows = LabelledRows.of(train, field);
        CountedDocuments.Result counted =
                CountedDocuments.vectorize(rows.tickets, features, TrainingOptions.defaults(field));
        TfidfVectorizer vectorizer = counted.vectorizer();
        Instances data = WekaData.header(field.name(), vectorizer, rows.classes);
        for (int i = 0; i < rows.size(); i++) {
            data.add(WekaData.instance(data, counted.vectors().get(i), rows.label[i]));
        }
        AbstractClassifier learner = new NaiveBayesMultinomial();
        learner.buildClassifier(data);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> predicted = new ArrayList<>();
        for (Ticket ticket : test) {
            SparseVector x = vectorizer.transform(features.tokens(ticket));
            int k = (int) learner.classifyInstance(WekaData.instance(data, x, -1));
            predicted.add(rows.classes.get(k));
        }
        predicted.add(Double.toString(seconds));
        return predicted;
    }
}
