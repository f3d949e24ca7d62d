package io.smarttriage.forecast;

import java.time.Duration;

/**
 * Staffing targets and assumptions.
 *
 * @param serviceLevel share of requests to answer within {@code answerWithin}, in (0, 1)
 * @param answerWithin answer-time target
 * @param shrinkage share of paid time agents are not available (meetings, leave), in [0, 1)
 * @param shiftHours paid hours per agent per day, used to turn agent-hours into agents
 */
public record StaffingSettings(
        double serviceLevel, Duration answerWithin, double shrinkage, double shiftHours) {

    /** Checks the ranges. */
    public StaffingSettings {
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException(
                    "service level must be in (0, 1), was " + serviceLevel);
        }
        if (answerWithin == null || answerWithin.isNegative()) {
            throw new IllegalArgumentException(
                    "answer-time target must be >= 0, was " + answerWithin);
        }
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new IllegalArgumentException("shrinkage must be in [0, 1), was " + shrinkage);
        }
        if (!(shiftHours > 0 && shiftHours <= 24)) {
            throw new IllegalArgumentException("shift must be (0, 24] hours, was " + shiftHours);
        }
    }

    /** Returns 80% within one hour, 30% shrinkage and 8-hour shifts. */
    public static StaffingSettings defaults() {
        return new StaffingSettings(0.8, Duration.ofHours(1), 0.3, 8);
    }
}
