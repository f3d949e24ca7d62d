package io.smarttriage.jira;

import static io.smarttriage.domain.TargetField.ASSIGNEE;
import static io.smarttriage.domain.TargetField.COMPONENT;
import static io.smarttriage.domain.TargetField.PRIORITY;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.user.ApplicationUser;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.FieldState;
import io.smarttriage.governance.IssueRef;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what triage needs from a Jira issue: the request as a {@link Ticket} and the current values
 * of the target fields, the request type ({@link TargetField#CATEGORY}) through {@link
 * RequestTypes}.
 */
public class IssueFields {
    private final RequestTypes requestTypes;
    private final DefaultPriority defaultPriority;
    private final PriorityHistory priorityHistory;

    /** Creates a reader over JSM request types, Jira's priority schemes and change history. */
    public IssueFields(
            RequestTypes requestTypes,
            DefaultPriority defaultPriority,
            PriorityHistory priorityHistory) {
        this.requestTypes = requestTypes;
        this.defaultPriority = defaultPriority;
        this.priorityHistory = priorityHistory;
    }

    static IssueRef ref(Issue issue) {
        return new IssueRef(issue.getId(), issue.getKey(), issue.getProjectObject().getKey());
    }

    static Ticket ticket(Issue issue) {
        return Ticket.builder(
                        issue.getKey(),
                        issue.getCreated() == null ? null : issue.getCreated().toInstant())
                .project(issue.getProjectObject().getKey())
                .summary(issue.getSummary())
                .description(issue.getDescription())
                .reporter(key(issue.getReporter()))
                .priority(issue.getPriority() == null ? null : issue.getPriority().getName())
                .components(componentNames(issue))
                .build();
    }

    private static List<String> componentNames(Issue issue) {
        if (issue.getComponents() == null) {
            return List.of();
        }
        return issue.getComponents().stream().map(ProjectComponent::getName).toList();
    }

    /**
     * Current values of the fields the app can read; absent keys mean "not readable" (the request
     * type without JSM or outside a service desk).
     */
    Map<TargetField, String> values(Issue issue) {
        return values(issue, requestTypes.read(issue));
    }

    /**
     * Returns the state of every field as the issue is now, not as it was created: a triage may run
     * minutes after creation, and what a person set in between must not be overwritten. A request
     * type, component or assignee present was set by a person (the customer picks the request type
     * on the portal). A priority counts as set by a person when the change history records a
     * priority change (to any value, the default included), when that history cannot be read, when
     * the default that applies to the issue is unknown, or when it differs from that default; only
     * a default priority nobody changed since creation may be replaced (see {@link PriorityHistory}
     * for what Jira does not record). Without JSM or outside a service desk the request type is
     * unavailable, with the reason.
     */
    Map<TargetField, FieldState> currentStates(Issue issue) {
        RequestTypeReading requestType = requestTypes.read(issue);
        Map<TargetField, FieldState> states = new EnumMap<>(TargetField.class);
        values(issue, requestType)
                .forEach(
                        (field, value) ->
                                states.put(
                                        field,
                                        new FieldState(
                                                value, chosen(issue, field, value), Set.of())));
        if (!requestType.available()) {
            states.put(TargetField.CATEGORY, FieldState.unavailable(requestType.unavailable()));
        }
        return states;
    }

    /**
     * Returns the state of one field as the issue is now, judged as {@link #currentStates} judges
     * it; the request type is read from JSM only when it is the field asked for.
     */
    FieldState currentState(Issue issue, TargetField field) {
        String value;
        if (field == TargetField.CATEGORY) {
            RequestTypeReading requestType = requestTypes.read(issue);
            if (!requestType.available()) {
                return FieldState.unavailable(requestType.unavailable());
            }
            value = requestType.value();
        } else {
            value = plainValue(issue, field);
        }
        return new FieldState(value, chosen(issue, field, value), Set.of());
    }

    /** Returns the display name of a field value for people, e.g. a request type's name. */
    String displayValue(Issue issue, TargetField field, String value) {
        return field == TargetField.CATEGORY ? requestTypes.displayName(issue, value) : value;
    }

    private boolean chosen(Issue issue, TargetField field, String value) {
        if (value == null) {
            return false;
        }
        if (field != TargetField.PRIORITY) {
            return true;
        }
        Optional<String> defaultId = defaultPriority.idFor(issue);
        Priority priority = issue.getPriority();
        return defaultId.isEmpty()
                || !defaultId.get().equals(priority.getId())
                || priorityHistory.mayHaveChanged(issue);
    }

    private static Map<TargetField, String> values(Issue issue, RequestTypeReading requestType) {
        Map<TargetField, String> values = new EnumMap<>(TargetField.class);
        if (requestType.available()) {
            values.put(TargetField.CATEGORY, requestType.value());
        }
        for (TargetField field : List.of(PRIORITY, COMPONENT, ASSIGNEE)) {
            values.put(field, plainValue(issue, field));
        }
        return values;
    }

    /** Returns the value of a field Jira itself holds (every field but the request type). */
    private static String plainValue(Issue issue, TargetField field) {
        return switch (field) {
            case PRIORITY -> issue.getPriority() == null ? null : issue.getPriority().getName();
            case COMPONENT -> firstComponent(issue);
            case ASSIGNEE -> key(issue.getAssignee());
            case CATEGORY ->
                    throw new IllegalArgumentException(
                            "field " + field + " is read through JSM, not from the issue");
        };
    }

    private static String firstComponent(Issue issue) {
        List<ProjectComponent> components =
                issue.getComponents() == null ? List.of() : List.copyOf(issue.getComponents());
        if (components.isEmpty()) {
            return null;
        }
        return issue.getProjectObject().getKey() + "/" + components.get(0).getName();
    }

    private static String key(ApplicationUser user) {
        return user == null ? null : user.getKey();
    }
}
