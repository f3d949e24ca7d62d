package io.smarttriage.model;

import io.smarttriage.domain.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the feature extractor once per training ticket (in parallel batches, results kept in ticket
 * order), learns the vocabulary as the batches arrive and returns the TF-IDF vectors.
 */
final class CountedDocuments {
    private static final int BATCH = 256;

    private CountedDocuments() {}

    /**
     * Vectorizes the tickets.
     *
     * @return the fitted vectorizer and the vector of each ticket, in order
     */
    static Result vectorize(
            List<Ticket> tickets, FeatureExtractor features, TrainingOptions options)
            throws InterruptedException, ExecutionException {
        VocabularyBuilder vocabulary = new VocabularyBuilder(options.minDf());
        List<DocumentTerms> counted = new ArrayList<>(tickets.size());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            for (int from = 0; from < tickets.size(); from += BATCH) {
                List<Future<DocumentTerms>> batch = new ArrayList<>();
                int to = Math.min(tickets.size(), from + BATCH);
                for (Ticket ticket : tickets.subList(from, to)) {
                    batch.add(pool.submit(() -> DocumentTerms.of(features.tokens(ticket))));
                }
                for (Future<DocumentTerms> doc : batch) {
                    counted.add(doc.get());
                    vocabulary.add(counted.get(counted.size() - 1));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        TfidfVectorizer vectorizer = vocabulary.build(options.maxFeatures());
        List<SparseVector> vectors = new ArrayList<>(counted.size());
        for (int i = 0; i < counted.size(); i++) {
            vectors.add(vectorizer.transform(counted.get(i)));
            counted.set(i, null);
        }
        vectorizer.releaseHashIndex();
        return new Result(vectorizer, vectors);
    }

    /**
     * The learned vocabulary and the training vectors.
     *
     * @param vectorizer the vectorizer
     * @param vectors one vector per ticket, in ticket order
     */
    record Result(TfidfVectorizer vectorizer, List<SparseVector> vectors) {}
}
