package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.text.Tokenizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A plain multinomial naive Bayes over ticket words (each word counted once per request), used by
 * the runner until the calibrated per-field models of {@code io.smarttriage.model} are wired in.
 * Its confidence is the normalised posterior, which is not calibrated.
 */
final class InterimTextTrainer implements FieldTrainer {

    private static final int MAX_DESCRIPTION = 4_000;
    private static final double THRESHOLD = 0.5;
    private static final Tokenizer TOKENIZER = new Tokenizer();

    @Override
    public FieldClassifier train(TargetField field, List<Ticket> history, long seed) {
        Map<String, Integer> classCounts = new TreeMap<>();
        Map<String, Map<String, Integer>> wordCounts = new HashMap<>();
        Map<String, Integer> classWords = new HashMap<>();
        Set<String> vocabulary = new HashSet<>();
        for (Ticket ticket : history) {
            String label = field.valueOf(ticket);
            classCounts.merge(label, 1, Integer::sum);
            Map<String, Integer> counts = wordCounts.computeIfAbsent(label, k -> new HashMap<>());
            for (String word : words(ticket)) {
                counts.merge(word, 1, Integer::sum);
                classWords.merge(label, 1, Integer::sum);
                vocabulary.add(word);
            }
        }
        return new Trained(
                classCounts, wordCounts, classWords, vocabulary.size() + 1, history.size());
    }

    private static Set<String> words(Ticket ticket) {
        String description = ticket.description() == null ? "" : ticket.description();
        if (description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION);
        }
        Set<String> words = new HashSet<>(TOKENIZER.tokens(ticket.summary()));
        words.addAll(TOKENIZER.tokens(description));
        if (ticket.project() != null) {
            words.add("project:" + ticket.project());
        }
        return words;
    }

    /** Class and word counts of the training history. */
    private record Trained(
            Map<String, Integer> classCounts,
            Map<String, Map<String, Integer>> wordCounts,
            Map<String, Integer> classWords,
            int vocabulary,
            int rows)
            implements FieldClassifier {

        @Override
        public Prediction predict(Ticket ticket) {
            Set<String> words = words(ticket);
            Map<String, Double> logScores = new TreeMap<>();
            double best = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, Integer> entry : classCounts.entrySet()) {
                String label = entry.getKey();
                Map<String, Integer> counts = wordCounts.get(label);
                double denominator = Math.log(classWords.getOrDefault(label, 0) + vocabulary);
                double score = Math.log((double) entry.getValue() / rows);
                for (String word : words) {
                    score += Math.log(counts.getOrDefault(word, 0) + 1.0) - denominator;
                }
                logScores.put(label, score);
                best = Math.max(best, score);
            }
            return normalise(logScores, best);
        }

        private static Prediction normalise(Map<String, Double> logScores, double best) {
            double total = 0;
            String label = null;
            for (Map.Entry<String, Double> entry : logScores.entrySet()) {
                total += Math.exp(entry.getValue() - best);
                if (label == null && entry.getValue() == best) {
                    label = entry.getKey();
                }
            }
            return new Prediction(label, 1.0 / total);
        }

        @Override
        public double threshold() {
            return THRESHOLD;
        }
    }
}
