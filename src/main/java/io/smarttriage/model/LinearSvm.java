package io.smarttriage.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import weka.classifiers.AbstractClassifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * One-vs-rest linear support vector machine (squared hinge loss, L2 regularisation) for sparse
 * numeric attributes and a nominal class, trained by dual coordinate descent without ever
 * densifying an instance. Optional balanced class weights scale the cost of each class's own rows
 * by {@code n / (classes * n_class)}. Deterministic for a given seed.
 *
 * <p>Do not call {@code getCapabilities()}: Weka's {@code Capabilities} class starts the Weka
 * package manager, which writes to the user's home; this class never needs it.
 */
public final class LinearSvm extends AbstractClassifier {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(LinearSvm.class);

    private double cost = 1.0;
    private boolean balanced;
    private double epsilon = 0.1;
    private int maxIterations = 1000;
    private long seed = TrainingOptions.DEFAULT_SEED;
    private int threads = 1;
    private double pruneBelow;
    private int[] classGroups;
    private WeightMatrix weights;

    /** Creates an untrained machine with default parameters. */
    public LinearSvm() {}

    LinearSvm(WeightMatrix weights) {
        this.weights = weights;
    }

    /** Sets the cost C of a misclassified row (inverse regularisation strength). */
    public void setCost(double cost) {
        this.cost = cost;
    }

    /** Weighs each class's rows inversely to its frequency when {@code true}. */
    public void setBalanced(boolean balanced) {
        this.balanced = balanced;
    }

    /** Sets the stopping tolerance on the projected gradient. */
    public void setEpsilon(double epsilon) {
        this.epsilon = epsilon;
    }

    /** Sets the seed of the row order in the solver. */
    public void setSeed(long seed) {
        this.seed = seed;
    }

    /** Sets how many classes train at once. */
    public void setThreads(int threads) {
        this.threads = threads;
    }

    /** Drops trained weights smaller in magnitude than this to keep the model compact. */
    public void setPruneBelow(double pruneBelow) {
        this.pruneBelow = pruneBelow;
    }

    /**
     * Makes classes compete only within groups: class k is trained on the rows whose class is in
     * the same group as k. {@code null} (the default) puts all classes in one group.
     */
    public void setClassGroups(int[] groupOfClass) {
        this.classGroups = groupOfClass == null ? null : groupOfClass.clone();
    }

    @Override
    public void buildClassifier(Instances data) throws Exception {
        SparseRows rows = SparseRows.of(data);
        double[] classCost = classCosts(rows.label, data.numClasses());
        DualCoordinateDescent solver = new DualCoordinateDescent(rows, epsilon, maxIterations);
        double[][] perClass = new double[data.numClasses()][];
        int[][] subsets = subsets(rows.label, data.numClasses());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int k = 0; k < perClass.length; k++) {
                int positive = k;
                Random random = new Random(seed * 1_000_003L + k);
                results.add(
                        pool.submit(
                                () ->
                                        solver.solve(
                                                positive,
                                                classCost[positive],
                                                cost,
                                                random,
                                                subsets[positive])));
            }
            for (int k = 0; k < perClass.length; k++) {
                perClass[k] = results.get(k).get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "training a class of " + data.relationName() + " failed: " + e.getCause(),
                    e.getCause());
        } finally {
            pool.shutdownNow();
        }
        weights = WeightMatrix.pack(perClass, pruneBelow);
        log.debug(
                "Trained {} classes on {} rows, {} non-zeros; kept {} weights",
                perClass.length,
                rows.rows(),
                rows.value.length,
                weights.weight.length);
    }

    private int[][] subsets(int[] labels, int classes) {
        int[][] subsets = new int[classes][];
        if (classGroups == null) {
            int[] all = new int[labels.length];
            java.util.Arrays.setAll(all, i -> i);
            java.util.Arrays.fill(subsets, all);
            return subsets;
        }
        java.util.Map<Integer, GrowableInts> byGroup = new java.util.HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            byGroup.computeIfAbsent(classGroups[labels[i]], g -> new GrowableInts()).add(i);
        }
        for (int k = 0; k < classes; k++) {
            GrowableInts members = byGroup.getOrDefault(classGroups[k], new GrowableInts());
            subsets[k] = java.util.Arrays.copyOf(members.values(), members.size());
        }
        return subsets;
    }

    private double[] classCosts(int[] labels, int classes) {
        double[] costs = new double[classes];
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        for (int k = 0; k < classes; k++) {
            double factor =
                    balanced && counts[k] > 0
                            ? (double) labels.length / (classes * (double) counts[k])
                            : 1.0;
            costs[k] = cost * factor;
        }
        return costs;
    }

    /** Returns the decision value of every class for a sparse instance of the training header. */
    public double[] decisionValues(Instance instance) {
        return weights.scores(WekaData.featuresOf(instance));
    }

    @Override
    public double[] distributionForInstance(Instance instance) {
        return Softmax.of(decisionValues(instance), 1.0);
    }

    WeightMatrix weights() {
        return weights;
    }

    @Override
    public String toString() {
        return "LinearSvm(C="
                + cost
                + ", balanced="
                + balanced
                + ", epsilon="
                + epsilon
                + ", maxIterations="
                + maxIterations
                + ", seed="
                + seed
                + ", pruneBelow="
                + pruneBelow
                + ")";
    }
}
