package io.smarttriage.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Posts a comment on an issue, visible to agents only or also to the customer. */
interface CommentPoster {
    void post(Issue issue, ApplicationUser author, String body, boolean isPublic);
}
