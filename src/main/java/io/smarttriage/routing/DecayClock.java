package io.smarttriage.routing;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential decay with a moving anchor, so that counts are added once and read at any time.
 *
 * <p>An event at time t is stored with weight 2^((t - anchor) / halfLife); reading at time q
 * multiplies by 2^(-(q - anchor) / halfLife). The anchor moves when stored weights grow large.
 */
final class DecayClock {
    private static final double REBASE_EXPONENT = 400;
    private final double halfLifeSeconds;
    private long anchorSeconds = Long.MIN_VALUE;

    DecayClock(Duration halfLife) {
        this.halfLifeSeconds = halfLife.toSeconds();
    }

    /** Returns the stored weight of an event at {@code time}. */
    double weightOf(Instant time) {
        if (anchorSeconds == Long.MIN_VALUE) {
            anchorSeconds = time.getEpochSecond();
        }
        return Math.pow(2, (time.getEpochSecond() - anchorSeconds) / halfLifeSeconds);
    }

    /** Returns the factor turning stored weights into weights as seen at {@code time}. */
    double readFactor(Instant time) {
        if (anchorSeconds == Long.MIN_VALUE) {
            return 1;
        }
        return Math.pow(2, -(time.getEpochSecond() - anchorSeconds) / halfLifeSeconds);
    }

    /** Returns the anchor in epoch seconds, {@link Long#MIN_VALUE} before the first event. */
    long anchor() {
        return anchorSeconds;
    }

    /** Sets the anchor as read back from a stored model. */
    void restoreAnchor(long seconds) {
        anchorSeconds = seconds;
    }

    /** Returns whether an event at {@code time} calls for a new anchor first. */
    boolean needsRebase(Instant time) {
        return anchorSeconds != Long.MIN_VALUE
                && (time.getEpochSecond() - anchorSeconds) / halfLifeSeconds > REBASE_EXPONENT;
    }

    /** Moves the anchor to {@code time}; returns the factor by which stored weights must scale. */
    double rebase(Instant time) {
        double factor = readFactor(time);
        anchorSeconds = time.getEpochSecond();
        return factor;
    }
}
