package io.smarttriage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.Correction;
import io.smarttriage.governance.Feedback;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.MemoryAuditLog;
import io.smarttriage.governance.MemoryConfigStore;
import io.smarttriage.governance.MemoryExamples;
import io.smarttriage.governance.Reason;
import io.smarttriage.governance.Verdict;
import io.smarttriage.i18n.BundleI18nResolver;
import io.smarttriage.jira.JiraIssueWriter;
import io.smarttriage.routing.Exclusion;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionResourceTest {
    private static final Explanation UNASSIGNED =
            Explanation.of(
                    Phrase.of("smarttriage.why.routing.unassigned")
                            .with(
                                    List.of(
                                            Phrase.of("smarttriage.why.routing.nobody")
                                                    .with(List.of(Exclusion.PAUSED.counted(3))))));
    private static final long ISSUE_ID = 10_001L;

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraIssueWriter writer = mock(JiraIssueWriter.class);
    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final MemoryExamples examples = new MemoryExamples();
    private final DecisionResource resource =
            new DecisionResource(
                    authentication,
                    issues,
                    permissions,
                    audit,
                    examples,
                    new MemoryConfigStore(),
                    writer,
                    BundleI18nResolver.english());
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final Project project = mock(Project.class);
    private final MutableIssue issue = mock(MutableIssue.class);

    @BeforeEach
    void jira() {
        when(agent.getKey()).thenReturn("agent-1");
        when(issue.getKey()).thenReturn("HELP-1");
        when(project.getKey()).thenReturn("HELP");
        when(issue.getProjectObject()).thenReturn(project);
        when(issues.getIssueObject(ISSUE_ID)).thenReturn(issue);
        when(authentication.getLoggedInUser()).thenReturn(agent);
    }

    @Test
    void givenResourceClass_annotations_requireALicensedUser() {
        Class<?> type = DecisionResource.class;

        boolean annotated = type.isAnnotationPresent(LicensedOnly.class);

        assertThat(annotated).isTrue();
    }

    @Test
    void givenAgentWhoMayBrowse_decisions_listsThem() {
        mayBrowse(true);
        audit.append(suggestion());

        Response response = resource.decisions(ISSUE_ID);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat((List<?>) response.getEntity()).hasSize(1);
    }

    @Test
    void givenUserWhoMayNotBrowse_decisions_returns404() {
        mayBrowse(false);
        audit.append(suggestion());

        Response response = resource.decisions(ISSUE_ID);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(((Map<?, ?>) response.getEntity()).get("error"))
                .isEqualTo(
                        "No issue "
                                + ISSUE_ID
                                + " to show: it does not exist or you may not browse it.");
    }

    @Test
    void givenIssueHiddenBySecurityLevel_decisions_returns404() {
        mayBrowseProjectButNotIssue();
        audit.append(suggestion());

        Response response = resource.decisions(ISSUE_ID);

        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void givenIssueHiddenBySecurityLevel_accept_returns404WithoutWritingOrJudging() {
        mayBrowseProjectButNotIssue();
        long id = audit.append(suggestion()).id();

        Response response = resource.accept(id);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(audit.find(id).orElseThrow().correction().feedback()).isEqualTo(Feedback.NONE);
        verify(writer, never()).applyAs(any(), any(), any(), any());
    }

    @Test
    void givenIssueHiddenBySecurityLevel_reject_returns404WithoutJudging() {
        mayBrowseProjectButNotIssue();
        long id = audit.append(suggestion()).id();

        Response response = resource.reject(id);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(audit.find(id).orElseThrow().correction().feedback()).isEqualTo(Feedback.NONE);
    }

    @Test
    void givenOpenSuggestion_accept_writesAsAgentAndRecordsKept() {
        mayBrowse(true);
        long id = audit.append(suggestion()).id();
        when(writer.applyAs(eq(agent), any(), any(), any())).thenReturn(true);

        Response response = resource.accept(id);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(audit.find(id).orElseThrow().correction().feedback()).isEqualTo(Feedback.KEPT);
        assertThat(examples.since("HELP", Instant.EPOCH, 10)).hasSize(1);
    }

    @Test
    void givenOpenSuggestion_reject_recordsRejectedWithoutWriting() {
        mayBrowse(true);
        long id = audit.append(suggestion()).id();

        Response response = resource.reject(id);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(audit.find(id).orElseThrow().correction().feedback())
                .isEqualTo(Feedback.REJECTED);
        verify(writer, never()).applyAs(any(), any(), any(), any());
    }

    @Test
    void givenAppliedDecision_accept_returns409WithoutWriting() {
        mayBrowse(true);
        AuditRecord applied =
                new AuditRecord(
                        null,
                        ISSUE_ID,
                        "HELP",
                        Instant.EPOCH,
                        TargetField.PRIORITY,
                        "High",
                        0.9,
                        "v1",
                        FieldMode.AUTO,
                        new Verdict(Action.APPLY, Reason.MODE),
                        true,
                        Correction.NONE,
                        Explanation.NONE);
        long id = audit.append(applied).id();

        Response response = resource.accept(id);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Map<?, ?>) response.getEntity()).get("error"))
                .isEqualTo(
                        "Decision "
                                + id
                                + " is not an open suggestion; only open suggestions can be"
                                + " accepted or rejected.");
        verify(writer, never()).applyAs(any(), any(), any(), any());
    }

    @Test
    void givenAgentWhoMayBrowseButNotEdit_reject_isForbiddenAndNothingIsLearned() {
        mayBrowse(true);
        mayEdit(false);
        long id = audit.append(suggestion()).id();

        Response response = resource.reject(id);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(audit.find(id).orElseThrow().correction()).isEqualTo(Correction.NONE);
        assertThat(examples.all()).isEmpty();
    }

    @Test
    void givenIssueMovedFromAnotherProject_decisions_listsOnlyThoseOfItsProjectNow() {
        mayBrowse(true);
        audit.append(suggestionIn("OLD"));
        long current = audit.append(suggestion()).id();

        Response response = resource.decisions(ISSUE_ID);

        assertThat((List<?>) response.getEntity())
                .extracting(v -> ((DecisionView) v).id())
                .containsExactly(current);
    }

    @Test
    void givenIssueMovedFromAnotherProject_acceptOldSuggestion_returns404WithoutWriting() {
        mayBrowse(true);
        long old = audit.append(suggestionIn("OLD")).id();

        Response response = resource.accept(old);

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(audit.find(old).orElseThrow().correction()).isEqualTo(Correction.NONE);
        verify(writer, never()).applyAs(any(), any(), any(), any());
    }

    @Test
    void givenDecision_decisions_giveItsTimeAsIsoText() {
        mayBrowse(true);
        audit.append(suggestion());

        Response response = resource.decisions(ISSUE_ID);

        List<?> views = (List<?>) response.getEntity();
        assertThat(((DecisionView) views.get(0)).time()).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void givenDecisionBelowThreshold_decisions_giveFieldActionAndReasonAsEnglishText() {
        mayBrowse(true);
        audit.append(decision(Action.SKIP, Reason.BELOW_THRESHOLD));

        Response response = resource.decisions(ISSUE_ID);

        DecisionView view = (DecisionView) ((List<?>) response.getEntity()).get(0);
        assertThat(view.reason()).isEqualTo(Reason.BELOW_THRESHOLD);
        assertThat(view.reasonText()).isEqualTo("Confidence below the field's threshold");
        assertThat(view.action()).isEqualTo(Action.SKIP);
        assertThat(view.actionText()).isEqualTo("Not acted on");
        assertThat(view.field()).isEqualTo(TargetField.PRIORITY);
        assertThat(view.fieldText()).isEqualTo("Priority");
    }

    @Test
    void givenGermanAgent_decisions_giveFieldActionAndReasonAsGermanText() {
        mayBrowse(true);
        audit.append(decision(Action.SKIP, Reason.ISSUE_RESOLVED));
        DecisionResource german = resourceIn(BundleI18nResolver.german());

        Response response = german.decisions(ISSUE_ID);

        DecisionView view = (DecisionView) ((List<?>) response.getEntity()).get(0);
        assertThat(view.reason()).isEqualTo(Reason.ISSUE_RESOLVED);
        assertThat(view.reasonText())
                .isEqualTo(
                        "Der Vorgang war bereits erledigt, als die Triage lief; nichts wurde in"
                                + " ihn geschrieben");
        assertThat(view.actionText()).isEqualTo("Nicht umgesetzt");
        assertThat(view.fieldText()).isEqualTo("Priorit\u00e4t");
    }

    @Test
    void givenAbstentionWithReason_decisions_giveTheNoteModeAndFeedbackAsEnglishText() {
        mayBrowse(true);
        audit.append(withNote(UNASSIGNED));

        Response response = resource.decisions(ISSUE_ID);

        DecisionView view = (DecisionView) ((List<?>) response.getEntity()).get(0);
        assertThat(view.note()).isEqualTo("unassigned: nobody can take it: 3 assignment paused");
        assertThat(view.noteKeys())
                .containsExactly(
                        "smarttriage.why.routing.unassigned",
                        "smarttriage.why.routing.nobody",
                        "smarttriage.why.routing.count",
                        "smarttriage.why.exclusion.paused");
        assertThat(view.mode()).isEqualTo(FieldMode.AUTO);
        assertThat(view.modeText()).isEqualTo("Automatic");
        assertThat(view.feedback()).isEqualTo(Feedback.NONE);
        assertThat(view.feedbackText()).isEqualTo("No reaction yet");
    }

    @Test
    void givenGermanAgent_decisions_giveTheNoteModeAndFeedbackAsGermanText() {
        mayBrowse(true);
        audit.append(withNote(UNASSIGNED));
        DecisionResource german = resourceIn(BundleI18nResolver.german());

        Response response = german.decisions(ISSUE_ID);

        DecisionView view = (DecisionView) ((List<?>) response.getEntity()).get(0);
        assertThat(view.note())
                .isEqualTo(
                        "nicht zugewiesen: niemand kann sie \u00fcbernehmen: 3 Zuweisung"
                                + " pausiert");
        assertThat(view.modeText()).isEqualTo("Automatisch");
        assertThat(view.feedbackText()).isEqualTo("Noch keine Reaktion");
    }

    @Test
    void givenNoteStoredAsPlainText_decisions_showItAsItIs() {
        mayBrowse(true);
        audit.append(withNote(Explanation.text("precision 0.5 is below the target 0.85")));
        DecisionResource german = resourceIn(BundleI18nResolver.german());

        Response response = german.decisions(ISSUE_ID);

        DecisionView view = (DecisionView) ((List<?>) response.getEntity()).get(0);
        assertThat(view.note()).isEqualTo("precision 0.5 is below the target 0.85");
        assertThat(view.noteKeys()).containsExactly(Explanation.TEXT_KEY);
    }

    @Test
    void givenGermanAgentWhoMayNotEdit_reject_namesTheFieldInGerman() {
        mayBrowse(true);
        mayEdit(false);
        long id = audit.append(suggestion()).id();
        DecisionResource german = resourceIn(BundleI18nResolver.german());

        Response response = german.reject(id);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(((Map<?, ?>) response.getEntity()).get("error"))
                .isEqualTo(
                        "Sie d\u00fcrfen das Feld Priorit\u00e4t im Vorgang HELP-1 nicht"
                                + " \u00e4ndern.");
    }

    @Test
    void givenOpenSuggestion_reject_answersWithTheJudgedDecisionAsText() {
        mayBrowse(true);
        long id = audit.append(suggestion()).id();

        Response response = resource.reject(id);

        DecisionView view = (DecisionView) response.getEntity();
        assertThat(view.actionText()).isEqualTo("Suggested to agents");
        assertThat(view.reasonText()).isEqualTo("The field's mode asked for this");
    }

    private DecisionResource resourceIn(BundleI18nResolver i18n) {
        return new DecisionResource(
                authentication,
                issues,
                permissions,
                audit,
                examples,
                new MemoryConfigStore(),
                writer,
                i18n);
    }

    private void mayBrowse(boolean allowed) {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent))
                .thenReturn(allowed);
        mayEdit(allowed);
    }

    private void mayEdit(boolean allowed) {
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, agent))
                .thenReturn(allowed);
        when(permissions.hasPermission(ProjectPermissions.ASSIGN_ISSUES, issue, agent))
                .thenReturn(allowed);
    }

    private void mayBrowseProjectButNotIssue() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, agent))
                .thenReturn(true);
        mayBrowse(false);
    }

    private static AuditRecord suggestion() {
        return suggestionIn("HELP");
    }

    private static AuditRecord decision(Action action, Reason reason) {
        return new AuditRecord(
                null,
                ISSUE_ID,
                "HELP",
                Instant.EPOCH,
                TargetField.PRIORITY,
                "High",
                0.4,
                "v1",
                FieldMode.AUTO,
                new Verdict(action, reason),
                false,
                Correction.NONE,
                Explanation.NONE);
    }

    private static AuditRecord withNote(Explanation note) {
        AuditRecord r = decision(Action.SKIP, Reason.ABSTAINED);
        return new AuditRecord(
                null,
                r.issueId(),
                r.projectKey(),
                r.time(),
                TargetField.ASSIGNEE,
                null,
                0.0,
                r.modelVersion(),
                r.mode(),
                r.verdict(),
                false,
                Correction.NONE,
                note);
    }

    private static AuditRecord suggestionIn(String projectKey) {
        return new AuditRecord(
                null,
                ISSUE_ID,
                projectKey,
                Instant.EPOCH,
                TargetField.PRIORITY,
                "High",
                0.9,
                "v1",
                FieldMode.SUGGEST,
                new Verdict(Action.SUGGEST, Reason.MODE),
                false,
                Correction.NONE,
                Explanation.NONE);
    }
}
