package io.smarttriage.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.fields.config.manager.PrioritySchemeManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Mocked Jira objects for the adapter tests. */
final class JiraMocks {
    static final long ISSUE_ID = 10_001L;

    private JiraMocks() {}

    /** Id of the priority every mocked issue has and its scheme's default. */
    static final String DEFAULT_PRIORITY_ID = "3";

    /** Field reader on Jira without JSM, where the scheme default priority is id 3. */
    static IssueFields fieldsWithoutJsm() {
        return new IssueFields(
                new RequestTypes(new ServiceDeskPresence(c -> false, () -> false)),
                defaultPriority(DEFAULT_PRIORITY_ID),
                priorityChanges(0));
    }

    /** Change history that records {@code count} priority changes for every issue. */
    static PriorityHistory priorityChanges(int count) {
        ChangeHistoryManager history = mock(ChangeHistoryManager.class);
        List<ChangeItemBean> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(mock(ChangeItemBean.class));
        }
        when(history.getChangeItemsForField(any(), eq(PriorityHistory.FIELD))).thenReturn(changes);
        return new PriorityHistory(() -> history);
    }

    static DefaultPriority defaultPriority(String id) {
        PrioritySchemeManager schemes = mock(PrioritySchemeManager.class);
        when(schemes.getDefaultOption(any(IssueContext.class))).thenReturn(id);
        return new DefaultPriority(() -> schemes);
    }

    static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    static Priority priority(String id, String name) {
        Priority priority = mock(Priority.class);
        when(priority.getId()).thenReturn(id);
        when(priority.getName()).thenReturn(name);
        return priority;
    }

    static ProjectComponent component(long id, String name) {
        ProjectComponent component = mock(ProjectComponent.class);
        when(component.getId()).thenReturn(id);
        when(component.getName()).thenReturn(name);
        return component;
    }

    /** Issue HELP-1 in project HELP (component "VPN" exists), with the given priority name. */
    static MutableIssue issue(String priorityName) {
        Project project = mock(Project.class);
        List<ProjectComponent> components = List.of(component(300L, "VPN"));
        when(project.getKey()).thenReturn("HELP");
        when(project.getComponents()).thenReturn(components);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(ISSUE_ID);
        when(issue.getKey()).thenReturn("HELP-1");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getSummary()).thenReturn("VPN down");
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-03-02T09:00:00Z")));
        when(issue.getComponents()).thenReturn(List.of());
        Priority priority =
                priorityName == null ? null : priority(DEFAULT_PRIORITY_ID, priorityName);
        when(issue.getPriority()).thenReturn(priority);
        return issue;
    }

    static IssueEvent event(Long typeId, MutableIssue issue, ApplicationUser user) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getEventTypeId()).thenReturn(typeId);
        when(event.getIssue()).thenReturn(issue);
        when(event.getUser()).thenReturn(user);
        return event;
    }
}
