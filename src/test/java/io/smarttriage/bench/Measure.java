package io.smarttriage.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Wall time, process CPU time and peak used heap (sampled every 20 ms) of one piece of work. */
record Measure(double wallSeconds, double cpuSeconds, long peakHeapBytes) {

    /** Work that may throw. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /** Result of the work with its measure. */
    record Measured<T>(T value, Measure measure) {}

    /** Runs {@code work} after a garbage collection and measures it. */
    static <T> Measured<T> of(Work<T> work) throws Exception {
        System.gc();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> sample(peak), "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        double cpuBefore = processCpuSeconds();
        long started = System.nanoTime();
        T value = work.run();
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = processCpuSeconds() - cpuBefore;
        sampler.interrupt();
        sampler.join();
        return new Measured<>(value, new Measure(wall, cpu, peak.get()));
    }

    private static void sample(AtomicLong peak) {
        Runtime runtime = Runtime.getRuntime();
        while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Returns the given percentile (0-100) of {@code nanos}, in milliseconds. */
    static double percentileMillis(long[] nanos, double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static double processCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
