package io.smarttriage.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF over the tokens of a feature extractor (words and word pairs): sublinear term frequency (1
 * + ln tf), smoothed idf (ln((1 + n) / (1 + df)) + 1) and unit L2 length. Vocabulary and idf come
 * from training documents only; unseen terms are ignored.
 */
final class TfidfVectorizer {
    private final String[] terms;
    private final double[] idf;
    private final Map<String, Integer> index;
    private Map<Long, Integer> byHash;

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
     * @param docs the training documents as token lists
     * @param minDf minimum document frequency
     * @param maxFeatures vocabulary size limit
     * @return the fitted vectorizer
     */
    static TfidfVectorizer fit(List<List<String>> docs, int minDf, int maxFeatures) {
        List<DocumentTerms> counted = docs.stream().map(DocumentTerms::of).toList();
        return fit(counted, minDf, maxFeatures);
    }

    /** Learns the vocabulary from counted documents; see {@link #fit(List, int, int)}. */
    static TfidfVectorizer fit(Iterable<DocumentTerms> docs, int minDf, int maxFeatures) {
        VocabularyBuilder builder = new VocabularyBuilder(minDf);
        docs.forEach(builder::add);
        return builder.build(maxFeatures);
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

    /**
     * Returns the TF-IDF vector of a counted document. The first call builds a hash index that
     * stays until {@link #releaseHashIndex()}.
     */
    SparseVector transform(DocumentTerms doc) {
        if (byHash == null) {
            byHash = new HashMap<>(terms.length * 2);
            for (int i = 0; i < terms.length; i++) {
                byHash.put(TermHashes.hash(terms[i]), i);
            }
        }
        GrowableInts hits = new GrowableInts();
        for (int i = 0; i < doc.hashes.length; i++) {
            Integer feature = byHash.get(doc.hashes[i]);
            for (int c = 0; feature != null && c < doc.counts[i]; c++) {
                hits.add(feature);
            }
        }
        return weigh(hits.values(), hits.size());
    }

    /** Drops the hash index that training needed. */
    void releaseHashIndex() {
        byHash = null;
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
