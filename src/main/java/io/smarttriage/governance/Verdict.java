package io.smarttriage.governance;

import java.util.Objects;

/**
 * The policy's answer for one prediction.
 *
 * @param action what to do
 * @param reason why
 */
public record Verdict(Action action, Reason reason) {

    /** Checks both parts are present. */
    public Verdict {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
