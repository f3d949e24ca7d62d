package io.smarttriage.standalone;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Runs one step on every simulated node at the same time, one thread per node. */
final class ReplayThreads {
    private ReplayThreads() {}

    /** Runs {@code step} on every node concurrently and waits for all of them. */
    static void each(List<ReplayNode> nodes, Consumer<ReplayNode> step) {
        count(
                nodes,
                node -> {
                    step.accept(node);
                    return true;
                });
    }

    /** Runs {@code step} on every node concurrently and returns how many returned true. */
    static int count(List<ReplayNode> nodes, Predicate<ReplayNode> step) {
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Callable<Boolean>> calls =
                    nodes.stream().map(n -> (Callable<Boolean>) () -> step.test(n)).toList();
            int yes = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                yes += f.get() ? 1 : 0;
            }
            return yes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted while the nodes ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "a replay node failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
