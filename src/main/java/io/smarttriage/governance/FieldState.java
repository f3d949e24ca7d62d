package io.smarttriage.governance;

import io.smarttriage.domain.Explanation;
import java.util.Set;

/**
 * What a field of an issue holds when the app decides about it.
 *
 * @param currentValue the field's value now, or {@code null} when empty
 * @param setByPerson whether a person (not the app) set the current value
 * @param rejectedValues values a person rejected or replaced for this issue before
 * @param unavailable why the field cannot be read or written on this issue (e.g. the project is not
 *     a service desk), or {@code null} when it can
 */
public record FieldState(
        String currentValue,
        boolean setByPerson,
        Set<String> rejectedValues,
        Explanation unavailable) {

    /** Copies the rejected values. */
    public FieldState {
        rejectedValues = rejectedValues == null ? Set.of() : Set.copyOf(rejectedValues);
    }

    /** A field the app can read and write. */
    public FieldState(String currentValue, boolean setByPerson, Set<String> rejectedValues) {
        this(currentValue, setByPerson, rejectedValues, null);
    }

    /** An empty field that nobody has touched. */
    public static FieldState empty() {
        return new FieldState(null, false, Set.of());
    }

    /** A field that does not exist on the issue, with the reason recorded in the audit log. */
    public static FieldState unavailable(Explanation reason) {
        if (reason == null || reason.isEmpty()) {
            throw new IllegalArgumentException(
                    "an unavailable field needs a reason, got '" + reason + "'");
        }
        return new FieldState(null, false, Set.of(), reason);
    }

    /** Whether the field can be read and written on the issue. */
    public boolean available() {
        return unavailable == null;
    }
}
