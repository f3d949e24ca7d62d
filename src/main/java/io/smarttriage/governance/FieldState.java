package io.smarttriage.governance;

import java.util.Set;

/**
 * What a field of an issue holds when the app decides about it.
 *
 * @param currentValue the field's value now, or {@code null} when empty
 * @param setByPerson whether a person (not the app) set the current value
 * @param rejectedValues values a person rejected or replaced for this issue before
 */
public record FieldState(String currentValue, boolean setByPerson, Set<String> rejectedValues) {

    /** Copies the rejected values. */
    public FieldState {
        rejectedValues = rejectedValues == null ? Set.of() : Set.copyOf(rejectedValues);
    }

    /** An empty field that nobody has touched. */
    public static FieldState empty() {
        return new FieldState(null, false, Set.of());
    }
}
