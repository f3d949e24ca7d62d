package io.smarttriage.routing;

import java.time.LocalTime;

/**
 * A span of local time on one day, start inclusive and end exclusive.
 *
 * @param start the first minute of work
 * @param end the end of work, after {@code start}; {@link LocalTime#MAX} for midnight
 */
public record TimeWindow(LocalTime start, LocalTime end) {

    /** Checks that the window is not empty. */
    public TimeWindow {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException(
                    "working window " + start + "-" + end + ": end must be after start");
        }
    }

    /** Returns whether the local time falls inside the window. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
