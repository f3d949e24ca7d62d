package io.smarttriage.routing;

/**
 * How a replay builds its desk.
 *
 * @param capacity the capacity every agent of the pool gets
 * @param weights how open requests weigh on capacity
 * @param desk the desk's strategy and thresholds
 * @param expertise how expertise is learned
 */
public record ReplaySettings(
        double capacity, WorkloadWeights weights, DeskSettings desk, ExpertiseSettings expertise) {

    /** Returns capacity 20, default weights, default desk and expertise settings. */
    public static ReplaySettings defaults() {
        return new ReplaySettings(
                20,
                WorkloadWeights.defaults(),
                DeskSettings.defaults(),
                ExpertiseSettings.defaults());
    }
}
