package io.smarttriage.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.FieldDecision;
import io.smarttriage.governance.FieldState;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.IssueWriter;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.WorkloadSource;
import io.smarttriage.routing.OpenRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes applied decisions to Jira through {@link IssueService}, as the project's automation user,
 * so Jira's own permission checks and validation apply. Priority and component go through an
 * update, the assignee through an assignment (only to agents in the project's pool, when it has
 * one), the request type through JSM's customer request service ({@link RequestTypes}). An
 * assignment Jira accepted is counted in the agents' open work ({@link WorkloadSource#routed}) at
 * once; a routing the app only recorded or suggested is not, as nobody holds that work.
 *
 * <p>Nothing is written to or commented on an issue that is resolved when the write happens, which
 * covers an issue resolved between the triage's check ({@link #resolved}) and its writes. Just
 * before triage writes a field, the field is read again from a fresh issue (the request type from
 * JSM): a value a person set since triage read it is never overwritten, and nothing decided for one
 * project is written to an issue moved to another since.
 */
public class JiraIssueWriter implements IssueWriter {
    private static final Logger log = LoggerFactory.getLogger(JiraIssueWriter.class);

    private final IssueService issueService;
    private final IssueManager issueManager;
    private final PriorityManager priorities;
    private final UserManager users;
    private final RequestTypes requestTypes;
    private final IssueFields fields;
    private final TriageComments comments;
    private final WorkloadSource workload;

    /** Creates a writer over Jira's services and the agents' open work it adds assignments to. */
    public JiraIssueWriter(
            IssueService issueService,
            IssueManager issueManager,
            PriorityManager priorities,
            UserManager users,
            RequestTypes requestTypes,
            IssueFields fields,
            TriageComments comments,
            WorkloadSource workload) {
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.priorities = priorities;
        this.users = users;
        this.requestTypes = requestTypes;
        this.fields = fields;
        this.comments = comments;
        this.workload = workload;
    }

    @Override
    public boolean apply(IssueRef issue, FieldDecision decision, ProjectConfig config) {
        if (resolved(issue)) {
            return refuse(issue, "the issue is resolved");
        }
        Optional<ApplicationUser> bot = automationUser(config);
        return bot.isPresent() && write(bot.get(), issue, decision, config);
    }

    @Override
    public Written apply(
            IssueRef issue, FieldDecision decision, ProjectConfig config, FieldState read) {
        MutableIssue now = issueManager.getIssueObject(issue.issueId());
        if (now == null) {
            refuse(issue, "issue no longer exists");
            return Written.REFUSED;
        }
        if (now.getResolutionDate() != null) {
            refuse(issue, "the issue is resolved");
            return Written.REFUSED;
        }
        String project = now.getProjectObject() == null ? null : now.getProjectObject().getKey();
        if (!issue.projectKey().equals(project)) {
            refuse(issue, "the issue moved from project " + issue.projectKey() + " to " + project);
            return Written.REFUSED;
        }
        TargetField field = decision.prediction().field();
        FieldState current = fields.currentState(now, field);
        if (!current.available()) {
            refuse(issue, "field unavailable " + current.unavailable().keys());
            return Written.REFUSED;
        }
        if (changedSince(read, current)) {
            log.info(
                    "{} of issue {} was changed after triage read it; the decision is not applied",
                    field,
                    issue.issueKey());
            return Written.CHANGED_SINCE_READ;
        }
        Optional<ApplicationUser> bot = automationUser(config);
        return bot.isPresent() && write(bot.get(), issue, decision, config)
                ? Written.WRITTEN
                : Written.REFUSED;
    }

    /** Whether the field now holds another value, or one a person chose, than when it was read. */
    private static boolean changedSince(FieldState read, FieldState now) {
        return !Objects.equals(read.currentValue(), now.currentValue())
                || (now.setByPerson() && !read.setByPerson());
    }

    /**
     * Whether the issue has a resolution date. Jira sets it with the resolution and clears it when
     * the issue is reopened; a workflow that reaches a done status without setting a resolution
     * leaves the issue unresolved for Jira's own searches and reports, and so for the app too.
     */
    @Override
    public boolean resolved(IssueRef issue) {
        MutableIssue jiraIssue = issueManager.getIssueObject(issue.issueId());
        return jiraIssue != null && jiraIssue.getResolutionDate() != null;
    }

    /**
     * Writes a suggestion an agent accepted, as that agent, so Jira checks the agent's own
     * permissions. The resulting events are the app's own and are not taken as feedback.
     */
    public boolean applyAs(
            ApplicationUser agent, IssueRef issue, FieldDecision decision, ProjectConfig config) {
        return write(agent, issue, decision, config);
    }

    private boolean write(
            ApplicationUser user, IssueRef issue, FieldDecision decision, ProjectConfig config) {
        String value = decision.prediction().value();
        return OwnChanges.during(
                () ->
                        switch (decision.prediction().field()) {
                            case PRIORITY -> setPriority(user, issue, value);
                            case COMPONENT -> setComponent(user, issue, value);
                            case ASSIGNEE -> assign(user, issue, value, config);
                            case CATEGORY -> setRequestType(user, issue, value);
                        });
    }

    @Override
    public void announce(IssueRef issue, List<FieldDecision> applied, ProjectConfig config) {
        Optional<ApplicationUser> bot = automationUser(config);
        MutableIssue jiraIssue = issueManager.getIssueObject(issue.issueId());
        if (jiraIssue != null && jiraIssue.getResolutionDate() != null) {
            log.info("Issue {} is resolved; no triage comment added", issue.issueKey());
            return;
        }
        if (bot.isPresent() && jiraIssue != null) {
            OwnChanges.during(
                    () -> {
                        comments.announce(jiraIssue, bot.get(), applied, config.customerNotice());
                        return null;
                    });
        }
    }

    private boolean setPriority(ApplicationUser bot, IssueRef issue, String name) {
        Optional<String> id =
                priorities.getPriorities().stream()
                        .filter(p -> p.getName().equals(name))
                        .map(Priority::getId)
                        .findFirst();
        if (id.isEmpty()) {
            return refuse(issue, "no priority named '" + name + "'");
        }
        return update(bot, issue, issueService.newIssueInputParameters().setPriorityId(id.get()));
    }

    private boolean setRequestType(ApplicationUser user, IssueRef issue, String value) {
        MutableIssue jiraIssue = issueManager.getIssueObject(issue.issueId());
        if (jiraIssue == null) {
            return refuse(issue, "issue no longer exists");
        }
        Optional<String> refused = requestTypes.write(user, jiraIssue, value);
        return refused.isEmpty() || refuse(issue, refused.get());
    }

    private boolean setComponent(ApplicationUser bot, IssueRef issue, String value) {
        String prefix = issue.projectKey() + "/";
        MutableIssue jiraIssue = issueManager.getIssueObject(issue.issueId());
        if (!value.startsWith(prefix) || jiraIssue == null) {
            return refuse(issue, "component '" + value + "' is not of project " + prefix);
        }
        String name = value.substring(prefix.length());
        Optional<Long> id =
                jiraIssue.getProjectObject().getComponents().stream()
                        .filter(c -> c.getName().equals(name))
                        .map(ProjectComponent::getId)
                        .findFirst();
        if (id.isEmpty()) {
            return refuse(issue, "no component named '" + name + "'");
        }
        IssueInputParameters params = issueService.newIssueInputParameters();
        return update(bot, issue, params.setComponentIds(id.get()));
    }

    private boolean assign(
            ApplicationUser bot, IssueRef issue, String userKey, ProjectConfig config) {
        if (!config.agentPool().isEmpty() && !config.agentPool().contains(userKey)) {
            return refuse(issue, "assignee is not in the project's agent pool");
        }
        IssueService.AssignValidationResult valid =
                issueService.validateAssign(bot, issue.issueId(), userKey);
        if (!valid.isValid()) {
            return refuse(issue, "Jira refused the assignment");
        }
        boolean assigned = issueService.assign(bot, valid).isValid();
        if (assigned) {
            countAsOpenWork(issue, userKey, config);
        }
        return assigned;
    }

    private void countAsOpenWork(IssueRef issue, String userKey, ProjectConfig config) {
        MutableIssue jiraIssue = issueManager.getIssueObject(issue.issueId());
        String priority =
                jiraIssue == null || jiraIssue.getPriority() == null
                        ? null
                        : jiraIssue.getPriority().getName();
        Instant opened =
                jiraIssue == null || jiraIssue.getCreated() == null
                        ? Instant.now()
                        : jiraIssue.getCreated().toInstant();
        workload.routed(config, new OpenRequest(issue.issueKey(), userKey, priority, opened));
    }

    private boolean update(ApplicationUser bot, IssueRef issue, IssueInputParameters params) {
        IssueService.UpdateValidationResult valid =
                issueService.validateUpdate(bot, issue.issueId(), params);
        return valid.isValid()
                ? issueService.update(bot, valid).isValid()
                : refuse(issue, "Jira refused the update");
    }

    private Optional<ApplicationUser> automationUser(ProjectConfig config) {
        String key = config.automationUserKey();
        ApplicationUser user = key == null ? null : users.getUserByKey(key);
        if (user == null) {
            log.warn(
                    "Project {} has no valid automation user; nothing applied",
                    config.projectKey());
        }
        return Optional.ofNullable(user);
    }

    private static boolean refuse(IssueRef issue, String why) {
        log.info("Decision for issue {} not applied: {}", issue.issueKey(), why);
        return false;
    }
}
