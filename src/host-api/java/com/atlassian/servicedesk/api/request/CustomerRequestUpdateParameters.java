package com.atlassian.servicedesk.api.request;

import com.atlassian.jira.issue.Issue;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.requesttype.RequestType;

/** Host API stub: what to change on a customer request, built by its {@link Builder}. */
public interface CustomerRequestUpdateParameters {

    /** Host API stub: builds {@link CustomerRequestUpdateParameters}. */
    interface Builder {
        Builder serviceDesk(ServiceDesk serviceDesk);

        Builder issue(Issue issue);

        Builder requestType(RequestType requestType);

        CustomerRequestUpdateParameters build();
    }
}
