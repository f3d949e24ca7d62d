package io.smarttriage.eval;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Counts of (true label, predicted label) pairs with the metrics derived from them. */
public final class ConfusionMatrix {
    private final List<String> labels;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final long[][] counts;
    private long total;

    private ConfusionMatrix(Collection<String> labels) {
        this.labels = List.copyOf(new TreeSet<>(labels));
        for (String label : this.labels) {
            index.put(label, index.size());
        }
        counts = new long[this.labels.size()][this.labels.size()];
    }

    /**
     * Builds the matrix from paired lists.
     *
     * @param truth true labels
     * @param predicted predicted labels, same length as {@code truth}
     * @return the matrix over the union of both label sets, sorted by name
     * @throws IllegalArgumentException when the lists differ in length
     */
    public static ConfusionMatrix of(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException(
                    "truth has "
                            + truth.size()
                            + " labels but predicted has "
                            + predicted.size()
                            + "; they must pair up");
        }
        TreeSet<String> all = new TreeSet<>(truth);
        all.addAll(predicted);
        ConfusionMatrix matrix = new ConfusionMatrix(all);
        for (int i = 0; i < truth.size(); i++) {
            matrix.counts[matrix.index.get(truth.get(i))][matrix.index.get(predicted.get(i))]++;
            matrix.total++;
        }
        return matrix;
    }

    /** Returns the labels in row and column order. */
    public List<String> labels() {
        return labels;
    }

    /** Returns how often {@code truth} was predicted as {@code predicted}. */
    public long count(String truth, String predicted) {
        Integer t = index.get(truth);
        Integer p = index.get(predicted);
        return t == null || p == null ? 0 : counts[t][p];
    }

    /** Returns the number of pairs. */
    public long total() {
        return total;
    }

    /** Returns the share of pairs whose prediction equals the truth; 0 when empty. */
    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < counts.length; i++) {
            correct += counts[i][i];
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    /** Returns the precision of {@code label}: correct / predicted as it; 0 if never predicted. */
    public double precision(String label) {
        int k = indexOf(label);
        long predicted = 0;
        for (long[] row : counts) {
            predicted += row[k];
        }
        return predicted == 0 ? 0 : (double) counts[k][k] / predicted;
    }

    /** Returns the recall of {@code label}: correct / truly it; 0 when it never occurs. */
    public double recall(String label) {
        return recallOf(List.of(label));
    }

    /**
     * Returns the recall of a group of labels taken together, e.g. Blocker and Critical as
     * "urgent": the share of rows truly in the group that were predicted as any group member.
     */
    public double recallOf(Collection<String> group) {
        long actual = 0;
        long hit = 0;
        for (String truth : group) {
            Integer t = index.get(truth);
            if (t == null) {
                continue;
            }
            for (String predicted : group) {
                hit += count(truth, predicted);
            }
            for (long c : counts[t]) {
                actual += c;
            }
        }
        return actual == 0 ? 0 : (double) hit / actual;
    }

    /** Returns the F1 of {@code label}: harmonic mean of its precision and recall. */
    public double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Returns the unweighted mean F1 over every label in the matrix (true or predicted), as
     * scikit-learn's {@code f1_score(average="macro")} does.
     */
    public double macroF1() {
        return labels.stream().mapToDouble(this::f1).average().orElse(0);
    }

    private int indexOf(String label) {
        Integer k = index.get(label);
        if (k == null) {
            throw new IllegalArgumentException(
                    "label '" + label + "' is not in the matrix " + labels);
        }
        return k;
    }
}
