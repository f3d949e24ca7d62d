package io.smarttriage.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Second pass of vocabulary learning: recovers the kept terms' text from their hashes. */
final class VocabularyBuilder {
    private final TermHashes df;
    private final int documents;
    private final int minDf;
    private final int maxFeatures;

    VocabularyBuilder(TermHashes df, int documents, int minDf, int maxFeatures) {
        this.df = df;
        this.documents = documents;
        this.minDf = minDf;
        this.maxFeatures = maxFeatures;
    }

    /** Re-reads {@code docs} and returns the vectorizer over the kept terms. */
    TfidfVectorizer build(Iterable<List<String>> docs) {
        Map<String, Integer> kept = new HashMap<>();
        for (List<String> doc : docs) {
            for (String term : doc) {
                if (!kept.containsKey(term)) {
                    int count = df.count(TermHashes.hash(term));
                    if (count >= minDf) {
                        kept.put(term, count);
                    }
                }
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(kept.entrySet());
        if (entries.size() > maxFeatures) {
            entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
            entries = entries.subList(0, maxFeatures);
        }
        entries.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        String[] terms = new String[entries.size()];
        double[] idf = new double[entries.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = entries.get(i).getKey();
            idf[i] = Math.log((1.0 + documents) / (1.0 + entries.get(i).getValue())) + 1;
        }
        return new TfidfVectorizer(terms, idf);
    }
}
