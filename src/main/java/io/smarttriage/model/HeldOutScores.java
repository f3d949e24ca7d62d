package io.smarttriage.model;

import io.smarttriage.domain.Ticket;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import weka.core.Instances;

/**
 * Decision values of training rows from machines that did not see those rows. Dated rows are scored
 * forward in time, as a deployed model meets new requests: rows are cut into time-ordered blocks
 * and each block after the first is scored by a machine trained on the blocks before it. Undated
 * rows are dealt into folds at random (seeded), each scored by a machine trained on the other
 * folds.
 */
final class HeldOutScores {
    private static final Logger log = LoggerFactory.getLogger(HeldOutScores.class);

    private HeldOutScores() {}

    /**
     * Returns the held-out decision values per row in row order; {@code null} for rows that no
     * machine scored (the first time block).
     *
     * @param data all training rows as Weka instances
     * @param vectors the same rows as sparse vectors
     * @param tickets the same rows as tickets, for their creation times
     * @param folds number of folds or time blocks
     * @param trainer builds a machine for a subset of the rows
     * @param seed seed of the random fold assignment
     */
    static double[][] compute(
            Instances data,
            List<SparseVector> vectors,
            List<Ticket> tickets,
            int folds,
            MachineFactory trainer,
            long seed)
            throws Exception {
        boolean dated = tickets.stream().allMatch(t -> t.created() != null);
        int[] fold = dated ? timeBlocks(tickets, folds) : randomFolds(tickets.size(), folds, seed);
        double[][] scores = new double[data.numInstances()][];
        for (int f = dated ? 1 : 0; f < folds; f++) {
            Instances known = new Instances(data, data.numInstances());
            for (int i = 0; i < fold.length; i++) {
                if (dated ? fold[i] < f : fold[i] != f) {
                    known.add(data.instance(i));
                }
            }
            long started = System.nanoTime();
            LinearSvm machine = trainer.train(known);
            log.debug(
                    "Held-out machine {} trained on {} rows in {} ms",
                    f,
                    known.size(),
                    (System.nanoTime() - started) / 1_000_000);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    scores[i] = machine.weights().scores(vectors.get(i));
                }
            }
        }
        return scores;
    }

    private static int[] timeBlocks(List<Ticket> tickets, int blocks) {
        Integer[] order = new Integer[tickets.size()];
        Arrays.setAll(order, i -> i);
        Comparator<Integer> byCreated = Comparator.comparing(i -> tickets.get(i).created());
        Arrays.sort(order, byCreated.thenComparing(i -> i));
        int[] block = new int[tickets.size()];
        for (int p = 0; p < order.length; p++) {
            block[order[p]] = (int) ((long) p * blocks / order.length);
        }
        return block;
    }

    private static int[] randomFolds(int rows, int folds, long seed) {
        int[] order = new int[rows];
        Arrays.setAll(order, i -> i);
        Random random = new Random(seed);
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] fold = new int[rows];
        for (int p = 0; p < rows; p++) {
            fold[order[p]] = p % folds;
        }
        return fold;
    }

    /** Trains a machine on a subset of the rows. */
    @FunctionalInterface
    interface MachineFactory {
        LinearSvm train(Instances rows) throws Exception;
    }
}
