package com.atlassian.servicedesk.api.comment;

import com.atlassian.jira.user.ApplicationUser;

/** Host API stub: creates internal (agents only) and public JSM comments. */
public interface ServiceDeskCommentService {
    ServiceDeskCommentCreateParameters.Builder newCreateBuilder();

    ServiceDeskComment createServiceDeskComment(
            ApplicationUser user, ServiceDeskCommentCreateParameters parameters);
}
