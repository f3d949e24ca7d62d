package io.smarttriage.jira;

import java.util.function.Supplier;

/**
 * Marks the current thread while the app itself changes an issue, so that the issue events Jira
 * fires synchronously for that change are not taken for a person's feedback.
 */
final class OwnChanges {
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private OwnChanges() {}

    /** Runs {@code change} with the mark set and returns its result. */
    static <T> T during(Supplier<T> change) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return change.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    /** Returns whether the current thread is inside {@link #during}. */
    static boolean active() {
        return ACTIVE.get();
    }
}
