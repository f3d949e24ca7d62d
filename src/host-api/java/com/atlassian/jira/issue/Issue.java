package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;
import java.sql.Timestamp;

/** Host API stub: a Jira issue (only the getters the app calls). */
public interface Issue {
    Long getId();

    String getKey();

    Project getProjectObject();

    Timestamp getCreated();

    Timestamp getResolutionDate();
}
