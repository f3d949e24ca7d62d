package io.smarttriage.governance;

import java.util.Objects;

/**
 * Automation settings for one field of one project.
 *
 * @param mode how far automation goes
 * @param threshold the confidence (0 to 1) a prediction needs to be suggested or applied
 * @param precisionTarget the precision (0 to 1) auto mode must keep; below it, the field steps down
 *     to {@link FieldMode#SUGGEST}
 */
public record FieldSettings(FieldMode mode, double threshold, double precisionTarget) {
    /** Threshold of a field nobody has configured yet. */
    public static final double DEFAULT_THRESHOLD = 0.8;

    /** Precision target of a field nobody has configured yet. */
    public static final double DEFAULT_PRECISION_TARGET = 0.85;

    /** Settings of a field nobody has configured yet: shadow mode. */
    public static final FieldSettings DEFAULT =
            new FieldSettings(FieldMode.SHADOW, DEFAULT_THRESHOLD, DEFAULT_PRECISION_TARGET);

    /** Checks that both fractions lie in [0, 1]. */
    public FieldSettings {
        Objects.requireNonNull(mode, "mode");
        requireFraction("threshold", threshold);
        requireFraction("precisionTarget", precisionTarget);
    }

    /** Returns these settings with another mode. */
    public FieldSettings withMode(FieldMode newMode) {
        return new FieldSettings(newMode, threshold, precisionTarget);
    }

    private static void requireFraction(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }
}
