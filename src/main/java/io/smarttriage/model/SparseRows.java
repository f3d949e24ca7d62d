package io.smarttriage.model;

import weka.core.Instance;
import weka.core.Instances;

/**
 * Training rows in compressed sparse row form, read once from Weka instances so the solver walks
 * plain arrays. The class attribute is left out.
 */
final class SparseRows {
    final int[] start;
    final int[] column;
    final float[] value;
    final int[] label;
    final int features;

    private SparseRows(int[] start, int[] column, float[] value, int[] label, int features) {
        this.start = start;
        this.column = column;
        this.value = value;
        this.label = label;
        this.features = features;
    }

    /** Copies {@code data}; feature indices are attribute indices with the class skipped. */
    static SparseRows of(Instances data) {
        int classIndex = data.classIndex();
        int rows = data.numInstances();
        int[] start = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            start[r + 1] = start[r] + countFeatures(data.instance(r), classIndex);
        }
        int[] column = new int[start[rows]];
        float[] value = new float[start[rows]];
        int[] label = new int[rows];
        for (int r = 0; r < rows; r++) {
            Instance row = data.instance(r);
            int p = start[r];
            for (int k = 0; k < row.numValues(); k++) {
                int attribute = row.index(k);
                if (attribute != classIndex && row.valueSparse(k) != 0) {
                    column[p] = attribute < classIndex ? attribute : attribute - 1;
                    value[p++] = (float) row.valueSparse(k);
                }
            }
            label[r] = (int) row.classValue();
        }
        return new SparseRows(start, column, value, label, data.numAttributes() - 1);
    }

    int rows() {
        return label.length;
    }

    private static int countFeatures(Instance row, int classIndex) {
        int count = 0;
        for (int k = 0; k < row.numValues(); k++) {
            if (row.index(k) != classIndex && row.valueSparse(k) != 0) {
                count++;
            }
        }
        return count;
    }
}
