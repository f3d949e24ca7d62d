package io.smarttriage.routing;

/**
 * Assignment settings of one service desk.
 *
 * @param strategy how an agent is picked
 * @param loadWeight for best match: how much a full load counts against expertise, in log units
 * @param assignThreshold for best match: below this confidence the app suggests, not assigns
 * @param handOverToCover whether an agent's open requests go to their covering agent when away
 * @param alternatives how many next-best candidates a decision explains
 * @param fairnessWeight for best match: log units taken per e-fold of an agent's recent share of
 *     the desk's requests above their share of capacity; 0 turns fairness off
 */
public record DeskSettings(
        Strategy strategy,
        double loadWeight,
        double assignThreshold,
        boolean handOverToCover,
        int alternatives,
        double fairnessWeight) {

    /**
     * Fairness weight of {@link #defaults()}: at twice their share an agent loses 1.4 log units.
     */
    public static final double DEFAULT_FAIRNESS = 2.0;

    /** Checks the ranges. */
    public DeskSettings {
        if (strategy == null
                || loadWeight < 0
                || assignThreshold < 0
                || assignThreshold > 1
                || alternatives < 0
                || !(fairnessWeight >= 0)) {
            throw new IllegalArgumentException(
                    "desk settings: strategy must be given (was "
                            + strategy
                            + "), loadWeight >= 0 (was "
                            + loadWeight
                            + "), assignThreshold in [0, 1] (was "
                            + assignThreshold
                            + "), alternatives >= 0 (was "
                            + alternatives
                            + "), fairnessWeight >= 0 (was "
                            + fairnessWeight
                            + ")");
        }
    }

    /** Returns best match with a moderate load penalty and fairness, threshold 0.5. */
    public static DeskSettings defaults() {
        return new DeskSettings(Strategy.BEST_MATCH, 2.0, 0.5, false, 3, DEFAULT_FAIRNESS);
    }

    /** Returns a copy with another strategy. */
    public DeskSettings with(Strategy value) {
        return new DeskSettings(
                value, loadWeight, assignThreshold, handOverToCover, alternatives, fairnessWeight);
    }

    /** Returns a copy with another abstention threshold. */
    public DeskSettings withThreshold(double value) {
        return new DeskSettings(
                strategy, loadWeight, value, handOverToCover, alternatives, fairnessWeight);
    }

    /** Returns a copy that hands open requests of absent agents to their cover. */
    public DeskSettings withHandOver(boolean value) {
        return new DeskSettings(
                strategy, loadWeight, assignThreshold, value, alternatives, fairnessWeight);
    }

    /** Returns a copy with another fairness weight (0 turns fairness off). */
    public DeskSettings withFairness(double value) {
        return new DeskSettings(
                strategy, loadWeight, assignThreshold, handOverToCover, alternatives, value);
    }
}
