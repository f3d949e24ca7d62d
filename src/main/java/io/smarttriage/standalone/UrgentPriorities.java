package io.smarttriage.standalone;

import java.util.Locale;
import java.util.Set;

/** The priority names that count as urgent when measuring urgent recall. */
final class UrgentPriorities {

    private static final Set<String> URGENT =
            Set.of("blocker", "critical", "urgent", "highest", "emergency");

    private UrgentPriorities() {}

    /** Returns whether {@code priority} is one of the urgent names, ignoring case. */
    static boolean isUrgent(String priority) {
        return priority != null && URGENT.contains(priority.toLowerCase(Locale.ROOT));
    }
}
