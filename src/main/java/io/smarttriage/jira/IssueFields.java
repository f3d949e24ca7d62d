package io.smarttriage.jira;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.FieldState;
import io.smarttriage.governance.IssueRef;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what triage needs from a Jira issue: the request as a {@link Ticket} and the current values
 * of the target fields. The request type ({@link TargetField#CATEGORY}) is not read yet, so it is
 * never observed.
 */
final class IssueFields {
    private IssueFields() {}

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
                .build();
    }

    /** Current values of the fields the app can read; absent keys mean "not readable". */
    static Map<TargetField, String> values(Issue issue) {
        Map<TargetField, String> values = new EnumMap<>(TargetField.class);
        values.put(
                TargetField.PRIORITY,
                issue.getPriority() == null ? null : issue.getPriority().getName());
        values.put(TargetField.COMPONENT, firstComponent(issue));
        values.put(TargetField.ASSIGNEE, key(issue.getAssignee()));
        return values;
    }

    /**
     * Field states at creation: a component or assignee present at creation was set by a person. A
     * priority present at creation is taken as Jira's default and may be replaced.
     */
    static Map<TargetField, FieldState> statesAtCreation(Issue issue) {
        Map<TargetField, FieldState> states = new EnumMap<>(TargetField.class);
        values(issue)
                .forEach(
                        (field, value) ->
                                states.put(
                                        field,
                                        new FieldState(
                                                value,
                                                value != null && field != TargetField.PRIORITY,
                                                Set.of())));
        return states;
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
