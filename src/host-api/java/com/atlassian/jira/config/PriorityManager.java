package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;
import java.util.List;

/** Host API stub: the instance's priorities. */
public interface PriorityManager {
    List<Priority> getPriorities();
}
