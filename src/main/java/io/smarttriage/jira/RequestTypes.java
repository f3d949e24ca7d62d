package io.smarttriage.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.smarttriage.domain.Explanation;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The request type of issues ({@link io.smarttriage.domain.TargetField#CATEGORY}) as the app reads
 * and writes it. Values are request type ids as decimal strings, stable across renames; people see
 * the display name. Without JSM, or outside a service desk, every answer says why there is no
 * request type instead of failing.
 */
public class RequestTypes {
    static final String NO_JSM = "Jira Service Management is not installed or not enabled";

    /** Why no request type can be read without JSM, for people. */
    static final Explanation NO_JSM_WHY = Explanation.of("smarttriage.why.field.no-jsm");

    private final ServiceDeskPresence jsm;
    private final Supplier<RequestTypeAccess> access;

    /**
     * Reads request types through JSM when it is present. The lambda (not a constructor reference)
     * keeps {@link JsmRequestTypes}, which names JSM classes, unresolved until JSM is seen.
     */
    public RequestTypes(ServiceDeskPresence jsm) {
        this(jsm, () -> new JsmRequestTypes());
    }

    RequestTypes(ServiceDeskPresence jsm, Supplier<RequestTypeAccess> access) {
        this.jsm = jsm;
        this.access = access;
    }

    /** Returns the issue's request type, or why it cannot have one. */
    RequestTypeReading read(Issue issue) {
        return jsm.isPresent()
                ? access.get().read(issue)
                : RequestTypeReading.unavailable(NO_JSM_WHY);
    }

    /** Returns the request type's display name, or the value itself when it cannot be named. */
    String displayName(Issue issue, String value) {
        Optional<Integer> id = id(value);
        if (id.isEmpty() || !jsm.isPresent()) {
            return value;
        }
        return access.get().name(issue, id.get()).orElse(value);
    }

    /**
     * Sets the issue's request type as {@code user}.
     *
     * @return why it was not set; empty when it was
     */
    Optional<String> write(ApplicationUser user, Issue issue, String value) {
        if (!jsm.isPresent()) {
            return Optional.of(NO_JSM);
        }
        Optional<Integer> id = id(value);
        if (id.isEmpty()) {
            return Optional.of(
                    "request type '" + value + "' is not a request type id (digits only)");
        }
        return access.get().write(user, issue, id.get());
    }

    private static Optional<Integer> id(String value) {
        if (value == null || !value.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }
}
