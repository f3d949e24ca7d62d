package io.smarttriage.standalone;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a replay node sets to the creation time of the request it triages. */
final class ReplayClock extends Clock {
    private volatile Instant now;

    ReplayClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock to {@code instant}. */
    void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a replay clock stays in UTC, not " + zone);
    }
}
