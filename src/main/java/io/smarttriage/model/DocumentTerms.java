package io.smarttriage.model;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct terms of one document as sorted 64-bit hashes with their counts, plus (while the
 * vocabulary is being learned) the term text of each hash.
 */
final class DocumentTerms {
    final long[] hashes;
    final int[] counts;
    String[] terms;

    private DocumentTerms(long[] hashes, int[] counts, String[] terms) {
        this.hashes = hashes;
        this.counts = counts;
        this.terms = terms;
    }

    /** Counts the tokens of one document. */
    static DocumentTerms of(List<String> tokens) {
        int n = tokens.size();
        long[] all = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            all[i] = TermHashes.hash(tokens.get(i));
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(all[a], all[b]));
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            distinct += i == 0 || all[order[i]] != all[order[i - 1]] ? 1 : 0;
        }
        long[] hashes = new long[distinct];
        int[] counts = new int[distinct];
        String[] terms = new String[distinct];
        int k = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || all[order[i]] != all[order[i - 1]]) {
                hashes[++k] = all[order[i]];
                terms[k] = tokens.get(order[i]);
            }
            counts[k]++;
        }
        return new DocumentTerms(hashes, counts, terms);
    }
}
