package io.smarttriage.jira;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import io.smarttriage.domain.Explanation;
import java.util.List;
import java.util.Optional;

/**
 * Request types through JSM's public API: read with a {@code RequestTypeQuery} on the issue, set
 * with {@code ServiceDeskCustomerRequestService#updateCustomerRequest}. Names JSM types, so it is
 * loaded only after {@link ServiceDeskPresence} has seen JSM; services are looked up on each call
 * because JSM can be disabled at run time.
 *
 * <p>Reading costs one JSM query per issue; training history of 20,000 issues makes as many. A
 * search that returns the "Customer Request Type" field with the issues would avoid that.
 */
final class JsmRequestTypes implements RequestTypeAccess {

    /** Finds a host service by type, {@code null} when it is not there. */
    interface Services {
        <T> T find(Class<T> type);
    }

    private final Services services;

    JsmRequestTypes() {
        this(ComponentAccessor::getOSGiComponentInstanceOfType);
    }

    JsmRequestTypes(Services services) {
        this.services = services;
    }

    @Override
    public RequestTypeReading read(Issue issue) {
        RequestTypeService types = services.find(RequestTypeService.class);
        if (types == null) {
            return RequestTypeReading.unavailable(
                    Explanation.of("smarttriage.why.field.no-request-type-service"));
        }
        if (serviceDesk(issue).isEmpty()) {
            return RequestTypeReading.unavailable(
                    Explanation.of(
                            "smarttriage.why.field.not-service-desk",
                            issue.getProjectObject().getKey()));
        }
        RequestTypeQuery query =
                types.newQueryBuilder().issue(issue.getId()).requestOverrideSecurity(true).build();
        List<RequestType> found = types.getRequestTypes(null, query).getResults();
        return RequestTypeReading.of(found.isEmpty() ? null : String.valueOf(found.get(0).getId()));
    }

    @Override
    public Optional<String> name(Issue issue, int requestTypeId) {
        return serviceDesk(issue)
                .flatMap(desk -> find(null, desk, requestTypeId))
                .map(RequestType::getName);
    }

    @Override
    public Optional<String> write(ApplicationUser user, Issue issue, int requestTypeId) {
        ServiceDeskCustomerRequestService requests =
                services.find(ServiceDeskCustomerRequestService.class);
        Optional<ServiceDesk> desk = serviceDesk(issue);
        if (requests == null || desk.isEmpty()) {
            return Optional.of(notServiceDesk(issue));
        }
        Optional<RequestType> type = find(user, desk.get(), requestTypeId);
        if (type.isEmpty()) {
            return Optional.of(
                    "no request type with id "
                            + requestTypeId
                            + " visible to the acting user in the service desk of project "
                            + issue.getProjectObject().getKey());
        }
        try {
            requests.updateCustomerRequest(
                    user,
                    requests.newUpdateBuilder()
                            .serviceDesk(desk.get())
                            .issue(issue)
                            .requestType(type.get())
                            .build());
            return Optional.empty();
        } catch (ServiceDeskServiceException e) {
            return Optional.of("JSM refused the request type: " + e.getClass().getSimpleName());
        }
    }

    private Optional<RequestType> find(ApplicationUser user, ServiceDesk desk, int id) {
        RequestTypeService types = services.find(RequestTypeService.class);
        if (types == null) {
            return Optional.empty();
        }
        RequestTypeQuery.Builder query =
                types.newQueryBuilder().serviceDesk(desk.getId()).requestType(id);
        if (user == null) {
            query.requestOverrideSecurity(true);
        }
        return types.getRequestTypes(user, query.build()).getResults().stream()
                .filter(t -> t.getId() == id)
                .findFirst();
    }

    private Optional<ServiceDesk> serviceDesk(Issue issue) {
        ServiceDeskManager desks = services.find(ServiceDeskManager.class);
        if (desks == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(desks.getServiceDeskForProject(issue.getProjectObject()));
        } catch (ServiceDeskServiceException e) {
            return Optional.empty();
        }
    }

    private static String notServiceDesk(Issue issue) {
        return "project " + issue.getProjectObject().getKey() + " is not a service desk";
    }
}
