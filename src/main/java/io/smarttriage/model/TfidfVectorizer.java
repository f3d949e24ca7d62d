package io.smarttriage.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF over the tokens of a feature extractor (words and word pairs): sublinear term frequency (1 + ln tf), smoothed idf
 * (ln((1 + n) / (1 + df)) + 1) and unit L2 length. Vocabulary and idf come from training
 * documents only; unseen terms are ignored.
 */
final class TfidfVectorizer {
    private final String[] terms;
    private final double[] idf;
    private final Map<String, Integer> index;

    TfidfVectorizer(String[] terms, double[] idf) {
        this.terms = terms;
        this.idf = idf;
        this.index = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            index.put(terms[i], i);
        }
    }

    /**
     * Learns the vocabulary: terms in at least {@code minDf} documents, the {@code maxFeatures}
     * most frequent if there are more, sorted by term.
     *
     * @param docs the training documents as token lists; iterated twice
     * @param minDf minimum document frequency
     * @param maxFeatures vocabulary size limit
     * @return the fitted vectorizer
     */
    static TfidfVectorizer fit(Iterable<List<String>> docs, int minDf, int maxFeatures) {
        TermHashes df = new TermHashes();
        int n = 0;
        for (List<String> doc : docs) {
            GrowableLongs hashes = new GrowableLongs();
            doc.forEach(term -> hashes.add(TermHashes.hash(term)));
            df.addDocument(hashes.values(), hashes.size());
            n++;
        }
        return new VocabularyBuilder(df, n, minDf, maxFeatures).build(docs);
    }

    /** Returns the vocabulary size. */
    int size() {
        return terms.length;
    }

    /** Returns the term of feature {@code feature}. */
    String term(int feature) {
        return terms[feature];
    }

    /** Returns the idf of feature {@code feature}. */
    double idf(int feature) {
        return idf[feature];
    }

    /** Returns the TF-IDF vector of one document. */
    SparseVector transform(List<String> tokens) {
        GrowableInts hits = new GrowableInts();
        for (String term : tokens) {
            Integer feature = index.get(term);
            if (feature != null) {
                hits.add(feature);
            }
        }
        return weigh(hits.values(), hits.size());
    }

    private SparseVector weigh(int[] hits, int length) {
        Arrays.sort(hits, 0, length);
        int distinct = 0;
        for (int i = 0; i < length; i++) {
            if (i == 0 || hits[i] != hits[i - 1]) {
                distinct++;
            }
        }
        int[] indices = new int[distinct];
        double[] values = new double[distinct];
        int k = -1;
        for (int i = 0; i < length; i++) {
            if (i == 0 || hits[i] != hits[i - 1]) {
                indices[++k] = hits[i];
            }
            values[k]++;
        }
        double norm = 0;
        for (int i = 0; i < distinct; i++) {
            values[i] = (1 + Math.log(values[i])) * idf[indices[i]];
            norm += values[i] * values[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; norm > 0 && i < distinct; i++) {
            values[i] /= norm;
        }
        return new SparseVector(indices, values);
    }
}
