package io.smarttriage.jira;

import static io.smarttriage.jira.JiraMocks.ISSUE_ID;
import static io.smarttriage.jira.JiraMocks.issue;
import static io.smarttriage.jira.JiraMocks.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.request.CustomerRequestUpdateParameters;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import io.smarttriage.domain.Explanation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsmRequestTypesTest {
    private final ServiceDeskManager desks = mock(ServiceDeskManager.class);
    private final RequestTypeService types = mock(RequestTypeService.class);
    private final ServiceDeskCustomerRequestService requests =
            mock(ServiceDeskCustomerRequestService.class);
    private final RequestTypeQuery.Builder query =
            mock(RequestTypeQuery.Builder.class, RETURNS_SELF);
    private final CustomerRequestUpdateParameters.Builder update =
            mock(CustomerRequestUpdateParameters.Builder.class, RETURNS_SELF);
    private final ServiceDesk desk = mock(ServiceDesk.class);
    private final MutableIssue issue = issue("Medium");
    private final ApplicationUser bot = user("triage-bot");
    private final Map<Class<?>, Object> host =
            Map.of(
                    ServiceDeskManager.class, desks,
                    RequestTypeService.class, types,
                    ServiceDeskCustomerRequestService.class, requests);
    private final JsmRequestTypes jsm = new JsmRequestTypes(this::lookUp);

    @BeforeEach
    void serviceDesk() {
        when(desk.getId()).thenReturn(4);
        when(desks.getServiceDeskForProject(issue.getProjectObject())).thenReturn(desk);
        when(types.newQueryBuilder()).thenReturn(query);
        when(query.build()).thenReturn(mock(RequestTypeQuery.class));
        when(requests.newUpdateBuilder()).thenReturn(update);
    }

    @Test
    void givenServiceDeskIssueWithRequestType_read_returnsItsId() {
        found(requestType(12, "Get IT help"));

        RequestTypeReading reading = jsm.read(issue);

        assertThat(reading).isEqualTo(RequestTypeReading.of("12"));
        verify(query).issue(ISSUE_ID);
    }

    @Test
    void givenServiceDeskIssueWithoutRequestType_read_returnsNoValue() {
        found();

        RequestTypeReading reading = jsm.read(issue);

        assertThat(reading.available()).isTrue();
        assertThat(reading.value()).isNull();
    }

    @Test
    void givenProjectThatIsNoServiceDesk_read_saysWhy() {
        when(desks.getServiceDeskForProject(issue.getProjectObject()))
                .thenThrow(mock(ServiceDeskServiceException.class));

        RequestTypeReading reading = jsm.read(issue);

        assertThat(reading.unavailable())
                .isEqualTo(Explanation.of("smarttriage.why.field.not-service-desk", "HELP"));
    }

    @Test
    void givenKnownRequestType_write_updatesTheCustomerRequestAsTheUser() {
        RequestType access = requestType(12, "Request access");
        found(access);

        Optional<String> refused = jsm.write(bot, issue, 12);

        assertThat(refused).isEmpty();
        verify(update).requestType(access);
        verify(update).serviceDesk(desk);
        verify(requests).updateCustomerRequest(any(), any());
    }

    @Test
    void givenUnknownRequestType_write_refusesWithoutUpdating() {
        found();

        Optional<String> refused = jsm.write(bot, issue, 99);

        assertThat(refused)
                .contains(
                        "no request type with id 99 visible to the acting user in the service"
                                + " desk of project HELP");
        verify(requests, never()).updateCustomerRequest(any(), any());
    }

    @Test
    void givenProjectThatIsNoServiceDesk_write_refusesWithoutUpdating() {
        when(desks.getServiceDeskForProject(issue.getProjectObject())).thenReturn(null);

        Optional<String> refused = jsm.write(bot, issue, 12);

        assertThat(refused).contains("project HELP is not a service desk");
        verify(requests, never()).updateCustomerRequest(any(), any());
    }

    @Test
    void givenJsmRejectsTheChange_write_saysSo() {
        found(requestType(12, "Request access"));
        when(requests.updateCustomerRequest(any(), any()))
                .thenThrow(mock(ServiceDeskServiceException.class));

        Optional<String> refused = jsm.write(bot, issue, 12);

        assertThat(refused).hasValueSatisfying(why -> assertThat(why).startsWith("JSM refused"));
    }

    @Test
    void givenRequestTypeId_name_returnsItsDisplayName() {
        found(requestType(12, "Get IT help"));

        Optional<String> name = jsm.name(issue, 12);

        assertThat(name).contains("Get IT help");
    }

    private void found(RequestType... results) {
        @SuppressWarnings("unchecked")
        PagedResponse<RequestType> page = mock(PagedResponse.class);
        when(page.getResults()).thenReturn(List.of(results));
        when(types.getRequestTypes(any(), any())).thenReturn(page);
    }

    private static RequestType requestType(int id, String name) {
        RequestType type = mock(RequestType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    private <T> T lookUp(Class<T> type) {
        return type.cast(host.get(type));
    }
}
