package com.atlassian.servicedesk.api.util.paging;

import java.util.List;

/** Host API stub: one page of JSM results (only the getter the app calls). */
public interface PagedResponse<T> {
    List<T> getResults();
}
