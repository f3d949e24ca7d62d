package io.smarttriage.model;

import java.util.Arrays;

/** An append-only int list without boxing. */
final class GrowableInts {
    private int[] values = new int[64];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    /** Returns the backing array; only the first {@link #size()} entries are meaningful. */
    int[] values() {
        return values;
    }
}
