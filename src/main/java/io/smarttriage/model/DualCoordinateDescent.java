package io.smarttriage.model;

import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one binary linear SVM with squared hinge loss and L2 regularisation by coordinate descent
 * on the dual problem, with shrinking of rows that stay at zero. The bias is learned as the weight
 * of an extra constant feature of value 1.
 */
final class DualCoordinateDescent {
    private static final Logger log = LoggerFactory.getLogger(DualCoordinateDescent.class);
    private static final double INF = Double.POSITIVE_INFINITY;

    private final SparseRows rows;
    private final double epsilon;
    private final int maxIterations;

    DualCoordinateDescent(SparseRows rows, double epsilon, int maxIterations) {
        this.rows = rows;
        this.epsilon = epsilon;
        this.maxIterations = maxIterations;
    }

    /**
     * Solves one problem.
     *
     * @param positive rows with this label are +1, the rest -1
     * @param costPositive misclassification cost C of positive rows
     * @param costNegative cost C of negative rows
     * @param random source of the row order in each pass
     * @param subset the rows that take part
     * @return weights of every feature, then the bias at index {@code features}
     */
    double[] solve(
            int positive, double costPositive, double costNegative, Random random, int[] subset) {
        int n = rows.rows();
        double[] w = new double[rows.features + 1];
        double[] alpha = new double[n];
        double[] diag = new double[n];
        double[] qii = new double[n];
        int[] order = subset.clone();
        for (int i : order) {
            diag[i] = 0.5 / (rows.label[i] == positive ? costPositive : costNegative);
            qii[i] = squaredNorm(i) + 1 + diag[i];
        }
        iterate(positive, w, alpha, diag, qii, order, random);
        return w;
    }

    private void iterate(
            int positive,
            double[] w,
            double[] alpha,
            double[] diag,
            double[] qii,
            int[] order,
            Random random) {
        int active = order.length;
        double maxOld = INF;
        for (int pass = 0; pass < maxIterations; pass++) {
            shuffle(order, active, random);
            double maxNew = -INF;
            double minNew = INF;
            for (int s = 0; s < active; s++) {
                int i = order[s];
                double y = rows.label[i] == positive ? 1 : -1;
                double g = y * dot(w, i) - 1 + diag[i] * alpha[i];
                if (alpha[i] == 0 && g > maxOld) {
                    order[s--] = order[--active];
                    order[active] = i;
                    continue;
                }
                double pg = alpha[i] == 0 ? Math.min(g, 0) : g;
                maxNew = Math.max(maxNew, pg);
                minNew = Math.min(minNew, pg);
                if (Math.abs(pg) > 1e-12) {
                    double next = Math.max(alpha[i] - g / qii[i], 0);
                    add(w, i, (next - alpha[i]) * y);
                    alpha[i] = next;
                }
            }
            if (maxNew - minNew <= epsilon) {
                if (active == order.length) {
                    log.trace("Converged after {} passes", pass + 1);
                    return;
                }
                active = order.length;
                maxOld = INF;
                continue;
            }
            maxOld = maxNew <= 0 ? INF : maxNew;
        }
    }

    private double squaredNorm(int row) {
        double sum = 0;
        for (int p = rows.start[row]; p < rows.start[row + 1]; p++) {
            sum += (double) rows.value[p] * rows.value[p];
        }
        return sum;
    }

    private double dot(double[] w, int row) {
        double sum = w[rows.features];
        for (int p = rows.start[row]; p < rows.start[row + 1]; p++) {
            sum += w[rows.column[p]] * rows.value[p];
        }
        return sum;
    }

    private void add(double[] w, int row, double scale) {
        for (int p = rows.start[row]; p < rows.start[row + 1]; p++) {
            w[rows.column[p]] += scale * rows.value[p];
        }
        w[rows.features] += scale;
    }

    private static void shuffle(int[] order, int length, Random random) {
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
