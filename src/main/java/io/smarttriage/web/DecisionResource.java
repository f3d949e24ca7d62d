package io.smarttriage.web;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AuditLog;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.FeedbackRecorder;
import io.smarttriage.governance.FieldDecision;
import io.smarttriage.governance.FieldPrediction;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.TrainingExampleStore;
import io.smarttriage.jira.JiraIssueWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;

/**
 * REST v2 resource for agents: lists the app's decisions about an issue and accepts or rejects a
 * suggestion. Licensed users only, and only for issues they may see: browse permission is checked
 * on the issue, so issue security levels apply, and an issue the user cannot see answers 404 as if
 * it did not exist. An accepted value is written as the agent, so Jira checks the agent's edit
 * permission too. Only decisions made in the issue's current project are shown and judged: those of
 * a project the issue moved away from are that project's history.
 */
@Path("/triage")
@LicensedOnly
public class DecisionResource {
    private final JiraAuthenticationContext authentication;
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final AuditLog audit;
    private final ConfigStore configs;
    private final JiraIssueWriter writer;
    private final FeedbackRecorder feedback;
    private final I18nResolver i18n;

    /** Creates the resource from the plugin's Spring beans. */
    @Inject
    public DecisionResource(
            JiraAuthenticationContext authentication,
            IssueManager issues,
            PermissionManager permissions,
            AuditLog audit,
            TrainingExampleStore examples,
            ConfigStore configs,
            JiraIssueWriter writer,
            I18nResolver i18n) {
        this.authentication = authentication;
        this.issues = issues;
        this.permissions = permissions;
        this.audit = audit;
        this.configs = configs;
        this.writer = writer;
        this.i18n = i18n;
        this.feedback = new FeedbackRecorder(audit, examples, Clock.systemUTC());
    }

    /** Returns the decisions about an issue, oldest first; 401 or 404 when not allowed. */
    @GET
    @Path("/issue/{issueId}/decisions")
    @Produces(MediaType.APPLICATION_JSON)
    public Response decisions(@PathParam("issueId") long issueId) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return Errors.of(
                    Response.Status.UNAUTHORIZED,
                    i18n,
                    "smarttriage.rest.error.decision.login.read");
        }
        Optional<MutableIssue> issue = visibleIssue(issueId, user);
        if (issue.isEmpty()) {
            return Errors.of(
                    Response.Status.NOT_FOUND,
                    i18n,
                    "smarttriage.rest.error.decision.issue.unknown",
                    String.valueOf(issueId));
        }
        String project = issue.get().getProjectObject().getKey();
        return Response.ok(
                        audit.forIssue(issueId).stream()
                                .filter(r -> r.projectKey().equals(project))
                                .map(r -> DecisionView.of(r, i18n))
                                .toList())
                .build();
    }

    /** Writes a suggested value as the agent and records it as kept. */
    @POST
    @Path("/decision/{id}/accept")
    @Produces(MediaType.APPLICATION_JSON)
    public Response accept(@PathParam("id") long id) {
        return judge(id, true);
    }

    /** Records that the agent rejected a suggestion; it is never offered again for the issue. */
    @POST
    @Path("/decision/{id}/reject")
    @Produces(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") long id) {
        return judge(id, false);
    }

    private Response judge(long id, boolean accepted) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return Errors.of(
                    Response.Status.UNAUTHORIZED,
                    i18n,
                    "smarttriage.rest.error.decision.login.judge");
        }
        Optional<AuditRecord> record = audit.find(id);
        Optional<MutableIssue> issue = record.flatMap(r -> currentIssue(r, user));
        if (issue.isEmpty()) {
            return Errors.of(
                    Response.Status.NOT_FOUND,
                    i18n,
                    "smarttriage.rest.error.decision.unknown",
                    String.valueOf(id));
        }
        AuditRecord r = record.get();
        if (!mayChange(user, r, issue.get())) {
            return Errors.of(
                    Response.Status.FORBIDDEN,
                    i18n,
                    "smarttriage.rest.error.decision.forbidden",
                    i18n.getText(r.field().messageKey()),
                    issue.get().getKey());
        }
        if (r.action() != Action.SUGGEST || r.correction().feedback().judged()) {
            return notOpen(id);
        }
        return judgeOpen(user, r, issue.get(), accepted);
    }

    /** The decision's issue if the user may browse it and it is still in the decision's project. */
    private Optional<MutableIssue> currentIssue(AuditRecord r, ApplicationUser user) {
        return visibleIssue(r.issueId(), user)
                .filter(i -> i.getProjectObject().getKey().equals(r.projectKey()));
    }

    private Response judgeOpen(
            ApplicationUser user, AuditRecord r, MutableIssue issue, boolean accepted) {
        try {
            if (accepted && !write(user, r, issue)) {
                return Errors.of(
                        Response.Status.CONFLICT,
                        i18n,
                        "smarttriage.rest.error.decision.refused",
                        r.predictedValue(),
                        i18n.getText(r.field().messageKey()));
            }
            AuditRecord judged =
                    accepted
                            ? feedback.accept(r.id(), user.getKey())
                            : feedback.reject(r.id(), user.getKey());
            return Response.ok(DecisionView.of(judged, i18n)).build();
        } catch (IllegalStateException e) {
            return notOpen(r.id());
        }
    }

    private Response notOpen(long id) {
        return Errors.of(
                Response.Status.CONFLICT,
                i18n,
                "smarttriage.rest.error.decision.notopen",
                String.valueOf(id));
    }

    private boolean write(ApplicationUser user, AuditRecord r, MutableIssue issue) {
        ProjectConfig config = configs.configFor(r.projectKey());
        FieldDecision decision =
                new FieldDecision(
                        new FieldPrediction(
                                r.field(),
                                r.predictedValue(),
                                r.confidence(),
                                r.modelVersion(),
                                Explanation.NONE),
                        config.settings(r.field()),
                        r.verdict());
        IssueRef ref = new IssueRef(r.issueId(), issue.getKey(), r.projectKey());
        return writer.applyAs(user, ref, decision, config);
    }

    /**
     * Judging a suggestion needs the permission that changing the field needs, for a rejection too:
     * it becomes a training example and is never offered again.
     */
    private boolean mayChange(ApplicationUser user, AuditRecord r, MutableIssue issue) {
        ProjectPermissionKey needed =
                r.field() == TargetField.ASSIGNEE
                        ? ProjectPermissions.ASSIGN_ISSUES
                        : ProjectPermissions.EDIT_ISSUES;
        return permissions.hasPermission(needed, issue, user);
    }

    private Optional<MutableIssue> visibleIssue(long issueId, ApplicationUser user) {
        MutableIssue issue = issues.getIssueObject(issueId);
        boolean visible =
                issue != null
                        && permissions.hasPermission(
                                ProjectPermissions.BROWSE_PROJECTS, issue, user);
        return visible ? Optional.of(issue) : Optional.empty();
    }
}
