package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

/** Host API stub: reads request types (only the query methods the app calls). */
public interface RequestTypeService {
    RequestTypeQuery.Builder newQueryBuilder();

    PagedResponse<RequestType> getRequestTypes(ApplicationUser user, RequestTypeQuery query);
}
