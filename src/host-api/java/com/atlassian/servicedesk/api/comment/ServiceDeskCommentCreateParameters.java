package com.atlassian.servicedesk.api.comment;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Host API stub: parameters of a new JSM comment. */
public interface ServiceDeskCommentCreateParameters {

    /** Host API stub: builds the parameters. */
    interface Builder {
        Builder author(ApplicationUser author);

        Builder body(String body);

        Builder issue(Issue issue);

        Builder publicComment(boolean isPublic);

        ServiceDeskCommentCreateParameters build();
    }
}
