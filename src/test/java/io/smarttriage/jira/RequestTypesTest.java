package io.smarttriage.jira;

import static io.smarttriage.jira.JiraMocks.issue;
import static io.smarttriage.jira.JiraMocks.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RequestTypesTest {
    private final MutableIssue issue = issue("Medium");
    private final Supplier<RequestTypeAccess> neverLoaded =
            () -> {
                throw new AssertionError("JSM classes must not be loaded without JSM");
            };

    @Test
    void givenNoJsm_read_recordsWhyWithoutLoadingJsmClasses() {
        RequestTypes types = new RequestTypes(presence(false), neverLoaded);

        RequestTypeReading reading = types.read(issue);

        assertThat(reading.unavailable()).isEqualTo(RequestTypes.NO_JSM_WHY);
    }

    @Test
    void givenNoJsm_write_refusesWithoutLoadingJsmClasses() {
        RequestTypes types = new RequestTypes(presence(false), neverLoaded);

        Optional<String> refused = types.write(user("triage-bot"), issue, "12");

        assertThat(refused).contains(RequestTypes.NO_JSM);
    }

    @Test
    void givenNoJsm_displayName_showsTheValue() {
        RequestTypes types = new RequestTypes(presence(false), neverLoaded);

        String shown = types.displayName(issue, "12");

        assertThat(shown).isEqualTo("12");
    }

    @Test
    void givenValueThatIsNoId_write_namesTheValueAndTheRule() {
        RequestTypes types = new RequestTypes(presence(true), neverLoaded);

        Optional<String> refused = types.write(user("triage-bot"), issue, "Access");

        assertThat(refused)
                .contains("request type 'Access' is not a request type id (digits only)");
    }

    @Test
    void givenJsmAndKnownId_displayName_showsTheRequestTypeName() {
        RequestTypeAccess access = mock(RequestTypeAccess.class);
        when(access.name(issue, 12)).thenReturn(Optional.of("Get IT help"));
        RequestTypes types = new RequestTypes(presence(true), () -> access);

        String shown = types.displayName(issue, "12");

        assertThat(shown).isEqualTo("Get IT help");
    }

    private static ServiceDeskPresence presence(boolean present) {
        return new ServiceDeskPresence(c -> present, () -> present);
    }
}
