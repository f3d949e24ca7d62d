package com.atlassian.servicedesk.api.requesttype;

/** Host API stub: a query for request types, built by its {@link Builder}. */
public interface RequestTypeQuery {

    /** Host API stub: builds a {@link RequestTypeQuery}. */
    interface Builder {
        Builder serviceDesk(Integer serviceDesk);

        Builder requestType(Integer requestType);

        Builder issue(Long issue);

        Builder requestOverrideSecurity(Boolean requestOverrideSecurity);

        RequestTypeQuery build();
    }
}
