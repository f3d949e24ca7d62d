package io.smarttriage.jira;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.comment.ServiceDeskCommentService;

/**
 * Posts JSM comments (internal for agents, or public for the customer). Names JSM types, so it is
 * loaded only after {@link ServiceDeskPresence} has seen JSM; the service is looked up on each call
 * because JSM can be disabled at run time.
 */
final class JsmComments implements CommentPoster {

    @Override
    public void post(Issue issue, ApplicationUser author, String body, boolean isPublic) {
        ServiceDeskCommentService service =
                ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskCommentService.class);
        if (service == null) {
            throw new IllegalStateException(
                    "JSM comment service not available for issue " + issue.getKey());
        }
        service.createServiceDeskComment(
                author,
                service.newCreateBuilder()
                        .author(author)
                        .body(body)
                        .issue(issue)
                        .publicComment(isPublic)
                        .build());
    }
}
