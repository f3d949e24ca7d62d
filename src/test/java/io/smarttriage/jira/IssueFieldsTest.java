package io.smarttriage.jira;

import static io.smarttriage.jira.JiraMocks.issue;
import static io.smarttriage.jira.JiraMocks.priority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.priority.Priority;
import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.FieldState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IssueFieldsTest {
    private final RequestTypeAccess access = mock(RequestTypeAccess.class);
    private final RequestTypes withJsm =
            new RequestTypes(new ServiceDeskPresence(c -> true, () -> true), () -> access);
    private final RequestTypes withoutJsm =
            new RequestTypes(new ServiceDeskPresence(c -> false, () -> false), () -> access);
    private final PriorityHistory unchanged = JiraMocks.priorityChanges(0);

    @Test
    void givenDefaultPriorityAtCreation_currentStates_priorityMayBeReplaced() {
        MutableIssue issue = issue("Medium");
        IssueFields fields = new IssueFields(withoutJsm, JiraMocks.defaultPriority("3"), unchanged);

        FieldState priority = fields.currentStates(issue).get(TargetField.PRIORITY);

        assertThat(priority).isEqualTo(new FieldState("Medium", false, Set.of()));
    }

    @Test
    void givenDefaultPriorityChangedLater_currentStates_priorityCountsAsSetByPerson() {
        MutableIssue issue = issue("Medium");
        IssueFields fields =
                new IssueFields(
                        withoutJsm, JiraMocks.defaultPriority("3"), JiraMocks.priorityChanges(2));

        FieldState priority = fields.currentStates(issue).get(TargetField.PRIORITY);

        assertThat(priority).isEqualTo(new FieldState("Medium", true, Set.of()));
    }

    @Test
    void givenNoChangeHistory_currentStates_defaultPriorityCountsAsSetByPerson() {
        MutableIssue issue = issue("Medium");
        IssueFields fields =
                new IssueFields(
                        withoutJsm,
                        JiraMocks.defaultPriority("3"),
                        new PriorityHistory(() -> null));

        FieldState priority = fields.currentStates(issue).get(TargetField.PRIORITY);

        assertThat(priority.setByPerson()).isTrue();
    }

    @Test
    void givenUnreadableChangeHistory_currentStates_defaultPriorityCountsAsSetByPerson() {
        MutableIssue issue = issue("Medium");
        ChangeHistoryManager broken = mock(ChangeHistoryManager.class);
        when(broken.getChangeItemsForField(any(), anyString()))
                .thenThrow(new IllegalStateException("database unavailable"));
        IssueFields fields =
                new IssueFields(
                        withoutJsm,
                        JiraMocks.defaultPriority("3"),
                        new PriorityHistory(() -> broken));

        FieldState priority = fields.currentStates(issue).get(TargetField.PRIORITY);

        assertThat(priority.setByPerson()).isTrue();
    }

    @Test
    void givenPriorityTheReporterChose_currentStates_priorityCountsAsSetByPerson() {
        MutableIssue issue = issue("Medium");
        Priority highest = priority("1", "Highest");
        when(issue.getPriority()).thenReturn(highest);
        IssueFields fields = new IssueFields(withoutJsm, JiraMocks.defaultPriority("3"), unchanged);

        FieldState priority = fields.currentStates(issue).get(TargetField.PRIORITY);

        assertThat(priority.currentValue()).isEqualTo("Highest");
        assertThat(priority.setByPerson()).isTrue();
    }

    @Test
    void givenNoKnownDefaultPriority_currentStates_priorityCountsAsSetByPerson() {
        MutableIssue issue = issue("Medium");
        IssueFields fields =
                new IssueFields(withoutJsm, new DefaultPriority(() -> null), unchanged);

        FieldState priority = fields.currentStates(issue).get(TargetField.PRIORITY);

        assertThat(priority.setByPerson()).isTrue();
    }

    @Test
    void givenPriorityAndComponentsAtCreation_ticket_carriesThemForTheModelsAndRouting() {
        MutableIssue issue = issue("High");
        List<ProjectComponent> components =
                List.of(JiraMocks.component(300L, "VPN"), JiraMocks.component(301L, "Mail"));
        when(issue.getComponents()).thenReturn(components);

        Ticket ticket = IssueFields.ticket(issue);

        assertThat(ticket.priority()).isEqualTo("High");
        assertThat(ticket.components()).containsExactly("VPN", "Mail");
    }

    @Test
    void givenNoJsm_currentStates_requestTypeIsUnavailableWithTheReason() {
        MutableIssue issue = issue("Medium");
        IssueFields fields = new IssueFields(withoutJsm, JiraMocks.defaultPriority("3"), unchanged);

        FieldState category = fields.currentStates(issue).get(TargetField.CATEGORY);

        assertThat(category).isEqualTo(FieldState.unavailable(RequestTypes.NO_JSM_WHY));
    }

    @Test
    void givenProjectThatIsNoServiceDesk_values_leaveTheRequestTypeOut() {
        MutableIssue issue = issue("Medium");
        when(access.read(issue))
                .thenReturn(
                        RequestTypeReading.unavailable(
                                Explanation.of("smarttriage.why.field.not-service-desk", "HELP")));
        IssueFields fields = new IssueFields(withJsm, JiraMocks.defaultPriority("3"), unchanged);

        Map<TargetField, String> values = fields.values(issue);

        assertThat(values)
                .doesNotContainKey(TargetField.CATEGORY)
                .containsKey(TargetField.PRIORITY);
    }

    @Test
    void givenRequestTypePickedOnThePortal_currentStates_requestTypeCountsAsSetByPerson() {
        MutableIssue issue = issue("Medium");
        when(access.read(issue)).thenReturn(RequestTypeReading.of("12"));
        IssueFields fields = new IssueFields(withJsm, JiraMocks.defaultPriority("3"), unchanged);

        FieldState category = fields.currentStates(issue).get(TargetField.CATEGORY);

        assertThat(category).isEqualTo(new FieldState("12", true, Set.of()));
    }

    @Test
    void givenServiceDeskIssueWithoutRequestType_currentStates_requestTypeIsEmpty() {
        MutableIssue issue = issue("Medium");
        when(access.read(issue)).thenReturn(RequestTypeReading.of(null));
        IssueFields fields = new IssueFields(withJsm, JiraMocks.defaultPriority("3"), unchanged);

        FieldState category = fields.currentStates(issue).get(TargetField.CATEGORY);

        assertThat(category).isEqualTo(FieldState.empty());
    }
}
