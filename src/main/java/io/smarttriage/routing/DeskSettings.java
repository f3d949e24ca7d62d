package io.smarttriage.routing;

/**
 * Assignment settings of one service desk.
 *
 * @param strategy how an agent is picked
 * @param loadWeight for best match: how much a full load counts against expertise, in log units
 * @param assignThreshold for best match: below this confidence the app suggests, not assigns
 * @param handOverToCover whether an agent's open requests go to their covering agent when away
 * @param alternatives how many next-best candidates a decision explains
 */
public record DeskSettings(
        Strategy strategy,
        double loadWeight,
        double assignThreshold,
        boolean handOverToCover,
        int alternatives) {

    /** Checks the ranges. */
    public DeskSettings {
        if (strategy == null
                || loadWeight < 0
                || assignThreshold < 0
                || assignThreshold > 1
                || alternatives < 0) {
            throw new IllegalArgumentException(
                    "desk settings: strategy must be given (was "
                            + strategy
                            + "), loadWeight >= 0 (was "
                            + loadWeight
                            + "), assignThreshold in [0, 1] (was "
                            + assignThreshold
                            + "), alternatives >= 0 (was "
                            + alternatives
                            + ")");
        }
    }

    /** Returns best match with a moderate load penalty, threshold 0.5, no hand-over. */
    public static DeskSettings defaults() {
        return new DeskSettings(Strategy.BEST_MATCH, 2.0, 0.5, false, 3);
    }

    /** Returns a copy with another strategy. */
    public DeskSettings with(Strategy value) {
        return new DeskSettings(value, loadWeight, assignThreshold, handOverToCover, alternatives);
    }

    /** Returns a copy with another abstention threshold. */
    public DeskSettings withThreshold(double value) {
        return new DeskSettings(strategy, loadWeight, value, handOverToCover, alternatives);
    }

    /** Returns a copy that hands open requests of absent agents to their cover. */
    public DeskSettings withHandOver(boolean value) {
        return new DeskSettings(strategy, loadWeight, assignThreshold, value, alternatives);
    }
}
