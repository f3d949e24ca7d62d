package io.smarttriage.model;

/**
 * A sparse feature vector: strictly increasing feature indices with their values.
 *
 * @param indices feature indices, ascending
 * @param values values, same length as {@code indices}
 */
record SparseVector(int[] indices, double[] values) {

    /** Returns the number of stored (non-zero) entries. */
    int size() {
        return indices.length;
    }
}
