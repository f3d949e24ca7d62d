package com.atlassian.servicedesk.api.request;

import com.atlassian.jira.user.ApplicationUser;

/** Host API stub: changes customer requests (only the update the app calls). */
public interface ServiceDeskCustomerRequestService {
    CustomerRequestUpdateParameters.Builder newUpdateBuilder();

    CustomerRequest updateCustomerRequest(
            ApplicationUser user, CustomerRequestUpdateParameters parameters);
}
