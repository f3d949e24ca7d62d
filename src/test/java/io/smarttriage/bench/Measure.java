package io.smarttriage.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/** Wall time, process CPU time and peak heap of one piece of work. */
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
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        double cpuBefore = processCpuSeconds();
        long started = System.nanoTime();
        T value = work.run();
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = processCpuSeconds() - cpuBefore;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measured<>(value, new Measure(wall, cpu, peak));
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
