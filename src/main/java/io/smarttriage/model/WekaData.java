package io.smarttriage.model;

import java.util.ArrayList;
import java.util.List;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SparseInstance;
import weka.core.Utils;

/**
 * Weka views of vectorized tickets: a header with one numeric attribute per vocabulary term and a
 * nominal class last, and sparse instances that store only non-zero terms.
 */
final class WekaData {
    private WekaData() {}

    /** Returns an empty data set with attributes named by the terms and the class last. */
    static Instances header(String name, TfidfVectorizer vocabulary, List<String> classes) {
        ArrayList<Attribute> attributes = new ArrayList<>(vocabulary.size() + 1);
        for (int j = 0; j < vocabulary.size(); j++) {
            attributes.add(new Attribute(vocabulary.term(j)));
        }
        attributes.add(new Attribute("__class__", new ArrayList<>(classes)));
        Instances header = new Instances(name, attributes, 0);
        header.setClassIndex(vocabulary.size());
        return header;
    }

    /** Returns a sparse instance of {@code x} with class index {@code label} (-1: missing). */
    static Instance instance(Instances header, SparseVector x, int label) {
        int n = x.size();
        int[] indices = new int[n + 1];
        double[] values = new double[n + 1];
        System.arraycopy(x.indices(), 0, indices, 0, n);
        System.arraycopy(x.values(), 0, values, 0, n);
        indices[n] = header.classIndex();
        values[n] = label < 0 ? Utils.missingValue() : label;
        Instance instance = new SparseInstance(1.0, values, indices, header.numAttributes());
        instance.setDataset(header);
        return instance;
    }

    /** Returns the non-zero feature values of {@code instance}, class attribute left out. */
    static SparseVector featuresOf(Instance instance) {
        int classIndex = instance.classIndex();
        GrowableInts indices = new GrowableInts();
        List<Double> values = new ArrayList<>();
        for (int k = 0; k < instance.numValues(); k++) {
            int attribute = instance.index(k);
            if (attribute != classIndex && instance.valueSparse(k) != 0) {
                indices.add(attribute < classIndex || classIndex < 0 ? attribute : attribute - 1);
                values.add(instance.valueSparse(k));
            }
        }
        int[] idx = java.util.Arrays.copyOf(indices.values(), indices.size());
        return new SparseVector(idx, values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
