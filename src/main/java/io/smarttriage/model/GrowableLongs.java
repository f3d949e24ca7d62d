package io.smarttriage.model;

import java.util.Arrays;

/** An append-only long list without boxing. */
final class GrowableLongs {
    private long[] values = new long[64];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    /** Returns the backing array; only the first {@link #size()} entries are meaningful. */
    long[] values() {
        return values;
    }
}
