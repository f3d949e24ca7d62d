package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.servicedesk.api.ServiceDeskManager;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Tests for {@link ServiceDeskPresence}. */
class ServiceDeskPresenceTest {

    @Test
    void givenApiVisibleAndServiceRunning_isPresent_returnsTrue() {
        ServiceDeskPresence presence = new ServiceDeskPresence(name -> true, () -> true);

        boolean present = presence.isPresent();

        assertThat(present).isTrue();
    }

    @Test
    void givenApiNotVisible_isPresent_returnsFalseWithoutLookingUpService() {
        AtomicBoolean lookedUp = new AtomicBoolean();
        ServiceDeskPresence presence =
                new ServiceDeskPresence(name -> false, () -> lookedUp.getAndSet(true));

        boolean present = presence.isPresent();

        assertThat(present).isFalse();
        assertThat(lookedUp).isFalse();
    }

    @Test
    void givenApiVisibleButServiceDisabled_isPresent_returnsFalse() {
        ServiceDeskPresence presence = new ServiceDeskPresence(name -> true, () -> false);

        boolean present = presence.isPresent();

        assertThat(present).isFalse();
    }

    @Test
    void givenJsmApiType_className_matchesTheNameThePresenceCheckLoads() {
        Class<?> jsmApi = ServiceDeskManager.class;

        String name = jsmApi.getName();

        assertThat(ServiceDeskPresence.JSM_API_CLASS).isEqualTo(name);
    }
}
