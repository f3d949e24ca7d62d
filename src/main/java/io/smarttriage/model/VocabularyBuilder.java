package io.smarttriage.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the vocabulary in one pass over the documents: document frequency per term hash, and the
 * text of a term kept once it reaches the minimum document frequency.
 */
final class VocabularyBuilder {
    private final TermHashes df = new TermHashes();
    private final Map<Long, String> kept = new HashMap<>();
    private final int minDf;
    private int documents;

    VocabularyBuilder(int minDf) {
        this.minDf = minDf;
    }

    /** Counts one document and lets go of its term text. */
    void add(DocumentTerms doc) {
        df.addDocument(doc.hashes.clone(), doc.hashes.length);
        for (int i = 0; i < doc.hashes.length; i++) {
            if (df.count(doc.hashes[i]) == minDf) {
                kept.putIfAbsent(doc.hashes[i], doc.terms[i]);
            }
        }
        documents++;
        doc.terms = null;
    }

    /** Returns the vectorizer over the kept terms: the most frequent if over the limit. */
    TfidfVectorizer build(int maxFeatures) {
        List<Map.Entry<Long, String>> entries = new ArrayList<>(kept.entrySet());
        if (entries.size() > maxFeatures) {
            Comparator<Map.Entry<Long, String>> byDf =
                    Comparator.comparingInt(e -> -df.count(e.getKey()));
            entries.sort(byDf.thenComparing(Map.Entry::getValue));
            entries = entries.subList(0, maxFeatures);
        }
        entries.sort(Map.Entry.comparingByValue());
        String[] terms = new String[entries.size()];
        double[] idf = new double[entries.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = entries.get(i).getValue();
            int count = df.count(entries.get(i).getKey());
            idf[i] = Math.log((1.0 + documents) / (1.0 + count)) + 1;
        }
        return new TfidfVectorizer(terms, idf);
    }
}
