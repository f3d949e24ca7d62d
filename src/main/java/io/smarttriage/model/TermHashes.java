package io.smarttriage.model;

import java.util.Arrays;

/** Counts, per 64-bit term hash, in how many documents a term occurs; open addressing. */
final class TermHashes {
    private long[] keys = new long[1 << 16];
    private int[] counts = new int[1 << 16];
    private int size;

    /** Returns a well-mixed 64-bit hash of {@code term} (FNV-1a with a final avalanche). */
    static long hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h = (h ^ term.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Adds one document: each distinct hash in {@code hashes} (modified: sorted) counts once. */
    void addDocument(long[] hashes, int length) {
        Arrays.sort(hashes, 0, length);
        for (int i = 0; i < length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                increment(hashes[i]);
            }
        }
    }

    /** Returns the document count of {@code hash}, 0 if never seen. */
    int count(long hash) {
        int slot = find(keys, hash);
        return keys[slot] == hash ? counts[slot] : 0;
    }

    private void increment(long hash) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = find(keys, hash);
        if (keys[slot] == 0) {
            keys[slot] = hash;
            size++;
        }
        counts[slot]++;
    }

    private static int find(long[] table, long hash) {
        int mask = table.length - 1;
        int slot = (int) hash & mask;
        while (table[slot] != 0 && table[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
