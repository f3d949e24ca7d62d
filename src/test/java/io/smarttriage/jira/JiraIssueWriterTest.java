package io.smarttriage.jira;

import static io.smarttriage.jira.JiraMocks.ISSUE_ID;
import static io.smarttriage.jira.JiraMocks.issue;
import static io.smarttriage.jira.JiraMocks.priority;
import static io.smarttriage.jira.JiraMocks.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.FieldDecision;
import io.smarttriage.governance.FieldPrediction;
import io.smarttriage.governance.FieldSettings;
import io.smarttriage.governance.FieldState;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.IssueWriter;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.Reason;
import io.smarttriage.governance.Verdict;
import io.smarttriage.governance.WorkloadSource;
import io.smarttriage.routing.OpenRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JiraIssueWriterTest {
    private static final IssueRef REF = new IssueRef(ISSUE_ID, "HELP-1", "HELP");

    private final IssueService issueService = mock(IssueService.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final PriorityManager priorities = mock(PriorityManager.class);
    private final UserManager users = mock(UserManager.class);
    private final CommentManager commentManager = mock(CommentManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class, call -> call.getArgument(0));
    private final ServiceDeskPresence jsm = mock(ServiceDeskPresence.class);
    private final RequestTypeAccess requestTypes = mock(RequestTypeAccess.class);
    private final List<String> jsmComments = new ArrayList<>();
    private final ApplicationUser bot = user("triage-bot");
    private final MutableIssue issue = issue("Medium");
    private final IssueInputParameters params = mock(IssueInputParameters.class);
    private final IssueService.UpdateValidationResult validUpdate =
            mock(IssueService.UpdateValidationResult.class);
    private final IssueService.IssueResult done = mock(IssueService.IssueResult.class);
    private final List<Boolean> ownChangeDuringUpdate = new ArrayList<>();
    private final List<OpenRequest> counted = new ArrayList<>();
    private final ChangeHistoryManager history = mock(ChangeHistoryManager.class);
    private JiraIssueWriter writer;

    @BeforeEach
    void wireJira() {
        when(users.getUserByKey("triage-bot")).thenReturn(bot);
        when(issueManager.getIssueObject(ISSUE_ID)).thenReturn(issue);
        List<com.atlassian.jira.issue.priority.Priority> all =
                List.of(priority("2", "High"), priority("3", "Medium"));
        when(priorities.getPriorities()).thenReturn(all);
        when(issueService.newIssueInputParameters()).thenReturn(params);
        when(params.setPriorityId(anyString())).thenReturn(params);
        when(params.setComponentIds(any(Long[].class))).thenReturn(params);
        when(issueService.validateUpdate(eq(bot), eq(ISSUE_ID), any())).thenReturn(validUpdate);
        when(validUpdate.isValid()).thenReturn(true);
        when(done.isValid()).thenReturn(true);
        when(issueService.update(bot, validUpdate))
                .thenAnswer(
                        call -> {
                            ownChangeDuringUpdate.add(OwnChanges.active());
                            return done;
                        });
        TriageComments comments =
                new TriageComments(
                        commentManager,
                        i18n,
                        jsm,
                        JiraMocks.fieldsWithoutJsm(),
                        users,
                        () ->
                                (i, author, body, isPublic) ->
                                        jsmComments.add(isPublic + ":" + body));
        writer =
                new JiraIssueWriter(
                        issueService,
                        issueManager,
                        priorities,
                        users,
                        new RequestTypes(jsm, () -> requestTypes),
                        new IssueFields(
                                new RequestTypes(jsm, () -> requestTypes),
                                JiraMocks.defaultPriority(JiraMocks.DEFAULT_PRIORITY_ID),
                                new PriorityHistory(() -> history)),
                        comments,
                        new WorkloadSource() {
                            @Override
                            public List<OpenRequest> openWork(
                                    ProjectConfig config, List<String> agents) {
                                return List.of();
                            }

                            @Override
                            public void routed(ProjectConfig config, OpenRequest request) {
                                counted.add(request);
                            }
                        });
    }

    @Test
    void givenAutoPriority_apply_updatesThroughIssueServiceAsAutomationUser() {
        FieldDecision decision = applied(TargetField.PRIORITY, "High");

        boolean written = writer.apply(REF, decision, config(List.of()));

        assertThat(written).isTrue();
        verify(params).setPriorityId("2");
        verify(issueService).update(bot, validUpdate);
        assertThat(ownChangeDuringUpdate).containsExactly(true);
    }

    @Test
    void givenDefaultPriorityUnchangedSinceRead_applyAfterRead_writesIt() {
        FieldState read = new FieldState("Medium", false, Set.of());

        IssueWriter.Written written =
                writer.apply(REF, applied(TargetField.PRIORITY, "High"), config(List.of()), read);

        assertThat(written).isEqualTo(IssueWriter.Written.WRITTEN);
        verify(params).setPriorityId("2");
        verify(issueService).update(bot, validUpdate);
    }

    @Test
    void givenAgentChangedPriorityAfterRead_applyAfterRead_writesNothing() {
        com.atlassian.jira.issue.priority.Priority low = priority("4", "Low");
        when(issue.getPriority()).thenReturn(low);
        FieldState read = new FieldState("Medium", false, Set.of());

        IssueWriter.Written written =
                writer.apply(REF, applied(TargetField.PRIORITY, "High"), config(List.of()), read);

        assertThat(written).isEqualTo(IssueWriter.Written.CHANGED_SINCE_READ);
        verify(issueService, never()).validateUpdate(any(), any(), any());
        verify(issueService, never()).update(any(), any());
    }

    @Test
    void givenAgentSetTheDefaultPriorityAgainAfterRead_applyAfterRead_writesNothing() {
        List<ChangeItemBean> changes = List.of(mock(ChangeItemBean.class));
        when(history.getChangeItemsForField(issue, PriorityHistory.FIELD)).thenReturn(changes);
        FieldState read = new FieldState("Medium", false, Set.of());

        IssueWriter.Written written =
                writer.apply(REF, applied(TargetField.PRIORITY, "High"), config(List.of()), read);

        assertThat(written).isEqualTo(IssueWriter.Written.CHANGED_SINCE_READ);
        verify(issueService, never()).update(any(), any());
    }

    @Test
    void givenAgentAssignedTheIssueAfterRead_applyAssigneeAfterRead_writesNothing() {
        assignmentValid(true);
        ApplicationUser agent = user("agent-2");
        when(issue.getAssignee()).thenReturn(agent);

        IssueWriter.Written written = applyAfterUnsetRead(TargetField.ASSIGNEE, "agent-1");

        assertThat(written).isEqualTo(IssueWriter.Written.CHANGED_SINCE_READ);
        verify(issueService, never()).validateAssign(any(), any(), any());
        assertThat(counted).isEmpty();
    }

    @Test
    void givenAgentAddedAComponentAfterRead_applyComponentAfterRead_writesNothing() {
        List<ProjectComponent> added = List.of(JiraMocks.component(301L, "Mail"));
        when(issue.getComponents()).thenReturn(added);

        IssueWriter.Written written = applyAfterUnsetRead(TargetField.COMPONENT, "HELP/VPN");

        assertThat(written).isEqualTo(IssueWriter.Written.CHANGED_SINCE_READ);
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    void givenRequestTypeStillUnsetAsRead_applyAfterRead_setsItThroughJsm() {
        when(jsm.isPresent()).thenReturn(true);
        when(requestTypes.read(issue)).thenReturn(RequestTypeReading.of(null));
        when(requestTypes.write(bot, issue, 12)).thenReturn(Optional.empty());

        IssueWriter.Written written = applyAfterUnsetRead(TargetField.CATEGORY, "12");

        assertThat(written).isEqualTo(IssueWriter.Written.WRITTEN);
        verify(requestTypes).write(bot, issue, 12);
    }

    @Test
    void givenAgentSetTheRequestTypeAfterRead_applyAfterRead_leavesItToJsmUntouched() {
        when(jsm.isPresent()).thenReturn(true);
        when(requestTypes.read(issue)).thenReturn(RequestTypeReading.of("15"));

        IssueWriter.Written written = applyAfterUnsetRead(TargetField.CATEGORY, "12");

        assertThat(written).isEqualTo(IssueWriter.Written.CHANGED_SINCE_READ);
        verify(requestTypes, never()).write(any(), any(), anyInt());
    }

    @Test
    void givenIssueResolvedAfterRead_applyAfterRead_refusesWithoutWriting() {
        when(issue.getResolutionDate())
                .thenReturn(Timestamp.from(Instant.parse("2026-03-02T10:00:00Z")));

        IssueWriter.Written written =
                writer.apply(
                        REF,
                        applied(TargetField.PRIORITY, "High"),
                        config(List.of()),
                        new FieldState("Medium", false, Set.of()));

        assertThat(written).isEqualTo(IssueWriter.Written.REFUSED);
        verify(issueService, never()).update(any(), any());
    }

    @Test
    void givenIssueMovedToAnotherProjectAfterRead_applyAfterRead_writesNothing() {
        when(issue.getProjectObject().getKey()).thenReturn("OPS");

        IssueWriter.Written written = applyAfterUnsetRead(TargetField.COMPONENT, "HELP/VPN");

        assertThat(written).isEqualTo(IssueWriter.Written.REFUSED);
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    void givenComponentOfTheProject_apply_setsItsId() {
        FieldDecision decision = applied(TargetField.COMPONENT, "HELP/VPN");

        boolean written = writer.apply(REF, decision, config(List.of()));

        assertThat(written).isTrue();
        verify(params).setComponentIds(300L);
    }

    @Test
    void givenJsmAndRequestTypeId_apply_setsItThroughJsmAsAutomationUser() {
        when(jsm.isPresent()).thenReturn(true);
        when(requestTypes.write(bot, issue, 12))
                .thenAnswer(
                        call -> {
                            ownChangeDuringUpdate.add(OwnChanges.active());
                            return Optional.empty();
                        });

        boolean written = writer.apply(REF, applied(TargetField.CATEGORY, "12"), config(List.of()));

        assertThat(written).isTrue();
        assertThat(ownChangeDuringUpdate).containsExactly(true);
    }

    @Test
    void givenAgentAcceptsRequestType_applyAs_setsItAsTheAgent() {
        ApplicationUser agent = user("agent-1");
        when(jsm.isPresent()).thenReturn(true);
        when(requestTypes.write(agent, issue, 12)).thenReturn(Optional.empty());

        boolean written =
                writer.applyAs(agent, REF, applied(TargetField.CATEGORY, "12"), config(List.of()));

        assertThat(written).isTrue();
        verify(requestTypes).write(agent, issue, 12);
    }

    @Test
    void givenNoJsm_applyRequestType_refusesWithoutTouchingJsm() {
        when(jsm.isPresent()).thenReturn(false);

        boolean written = writer.apply(REF, applied(TargetField.CATEGORY, "12"), config(List.of()));

        assertThat(written).isFalse();
        verify(requestTypes, never()).write(any(), any(), anyInt());
    }

    @Test
    void givenRequestTypeValueThatIsNoId_apply_refusesWithoutTouchingJsm() {
        when(jsm.isPresent()).thenReturn(true);

        boolean written =
                writer.apply(REF, applied(TargetField.CATEGORY, "Access"), config(List.of()));

        assertThat(written).isFalse();
        verify(requestTypes, never()).write(any(), any(), anyInt());
    }

    @Test
    void givenJsmRefusesTheRequestType_apply_reportsNotWritten() {
        when(jsm.isPresent()).thenReturn(true);
        when(requestTypes.write(bot, issue, 99))
                .thenReturn(Optional.of("no request type with id 99"));

        boolean written = writer.apply(REF, applied(TargetField.CATEGORY, "99"), config(List.of()));

        assertThat(written).isFalse();
    }

    @Test
    void givenNoAutomationUser_apply_writesNothing() {
        ProjectConfig noBot = config(List.of());
        ProjectConfig without =
                new ProjectConfig(
                        "HELP",
                        true,
                        noBot.fields(),
                        null,
                        List.of(),
                        noBot.assignmentStrategy(),
                        false);

        boolean written = writer.apply(REF, applied(TargetField.PRIORITY, "High"), without);

        assertThat(written).isFalse();
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    void givenAssigneeOutsideAgentPool_apply_refusesWithoutAskingJira() {
        FieldDecision decision = applied(TargetField.ASSIGNEE, "stranger");

        boolean written = writer.apply(REF, decision, config(List.of("agent-1", "agent-2")));

        assertThat(written).isFalse();
        verify(issueService, never()).validateAssign(any(), any(), any());
    }

    @Test
    void givenJiraAcceptsTheAssignment_apply_countsItAsTheAgentsOpenWork() {
        assignmentValid(true);

        boolean written =
                writer.apply(REF, applied(TargetField.ASSIGNEE, "agent-1"), config(List.of()));

        assertThat(written).isTrue();
        assertThat(counted)
                .containsExactly(
                        new OpenRequest(
                                "HELP-1",
                                "agent-1",
                                "Medium",
                                Instant.parse("2026-03-02T09:00:00Z")));
    }

    @Test
    void givenJiraRefusesTheAssignment_apply_countsNoOpenWork() {
        assignmentValid(false);

        boolean written =
                writer.apply(REF, applied(TargetField.ASSIGNEE, "agent-1"), config(List.of()));

        assertThat(written).isFalse();
        assertThat(counted).isEmpty();
    }

    @Test
    void givenIssueResolvedMeanwhile_apply_writesNothing() {
        when(issue.getResolutionDate())
                .thenReturn(Timestamp.from(Instant.parse("2026-03-02T10:00:00Z")));

        boolean written =
                writer.apply(REF, applied(TargetField.PRIORITY, "High"), config(List.of()));

        assertThat(written).isFalse();
        assertThat(writer.resolved(REF)).isTrue();
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    void givenIssueResolvedMeanwhile_announce_addsNoComment() {
        when(issue.getResolutionDate())
                .thenReturn(Timestamp.from(Instant.parse("2026-03-02T10:00:00Z")));

        writer.announce(REF, List.of(applied(TargetField.PRIORITY, "High")), config(List.of()));

        verify(commentManager, never()).create(any(), any(), anyString(), anyBoolean());
        assertThat(jsmComments).isEmpty();
    }

    @Test
    void givenOpenIssue_resolved_isFalse() {
        boolean resolved = writer.resolved(REF);

        assertThat(resolved).isFalse();
    }

    @Test
    void givenJiraRejectsTheUpdate_apply_reportsNotWritten() {
        when(validUpdate.isValid()).thenReturn(false);

        boolean written =
                writer.apply(REF, applied(TargetField.PRIORITY, "High"), config(List.of()));

        assertThat(written).isFalse();
        verify(issueService, never()).update(any(), any());
    }

    @Test
    void givenJsmAndCustomerNotice_announce_postsInternalNoteThenPublicNotice() {
        when(jsm.isPresent()).thenReturn(true);

        writer.announce(REF, List.of(applied(TargetField.PRIORITY, "High")), config(List.of()));

        assertThat(jsmComments)
                .containsExactly(
                        "false:smarttriage.triage.comment.intro\nsmarttriage.triage.comment.line",
                        "true:smarttriage.triage.notice");
    }

    @Test
    void givenNoJsm_announce_addsPlainJiraCommentOnly() {
        when(jsm.isPresent()).thenReturn(false);

        writer.announce(REF, List.of(applied(TargetField.PRIORITY, "High")), config(List.of()));

        verify(commentManager).create(eq(issue), eq(bot), anyString(), eq(false));
        assertThat(jsmComments).isEmpty();
    }

    private void assignmentValid(boolean valid) {
        IssueService.AssignValidationResult validation =
                mock(IssueService.AssignValidationResult.class);
        when(validation.isValid()).thenReturn(valid);
        when(issueService.validateAssign(bot, ISSUE_ID, "agent-1")).thenReturn(validation);
        when(issueService.assign(bot, validation)).thenReturn(done);
    }

    private static FieldDecision applied(TargetField field, String value) {
        return new FieldDecision(
                new FieldPrediction(field, value, 0.93, "HELP-7", Explanation.NONE),
                FieldSettings.DEFAULT,
                new Verdict(Action.APPLY, Reason.MODE));
    }

    private static ProjectConfig config(List<String> pool) {
        return new ProjectConfig(
                "HELP", true, Map.of(), "triage-bot", pool, AssignmentStrategy.PREDICTED, true);
    }

    /** Applies an automatic decision after a triage that read the field as unset. */
    private IssueWriter.Written applyAfterUnsetRead(TargetField field, String value) {
        return writer.apply(REF, applied(field, value), config(List.of()), FieldState.empty());
    }
}
