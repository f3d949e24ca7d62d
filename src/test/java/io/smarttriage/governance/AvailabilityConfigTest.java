package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smarttriage.routing.Presence;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityConfigTest {
    private static final String SOURCE = "availability of project HELP";

    @Test
    void givenCapacities_parse_appliesDefaultAndPerAgentValues() {
        String json =
                "{\"capacity\": 12, \"agents\": {\"JIRAUSER1\": {\"capacity\": 4},"
                        + " \"JIRAUSER2\": {\"paused\": true}}}";

        AvailabilityConfig config = AvailabilityConfig.parse(json, SOURCE);

        assertThat(config.capacityOf("JIRAUSER1")).isEqualTo(4.0);
        assertThat(config.capacityOf("JIRAUSER2")).isEqualTo(12.0);
        assertThat(config.book().presenceAt("JIRAUSER2", Instant.EPOCH)).isEqualTo(Presence.PAUSED);
    }

    @Test
    void givenNoCapacity_parse_usesTheDefault() {
        AvailabilityConfig config = AvailabilityConfig.parse("{\"agents\": {}}", SOURCE);

        assertThat(config.capacityOf("JIRAUSER1")).isEqualTo(AvailabilityConfig.DEFAULT_CAPACITY);
    }

    @Test
    void givenNegativeCapacity_parse_failsNamingAgentValueAndRule() {
        String json = "{\"agents\": {\"JIRAUSER1\": {\"capacity\": -2}}}";

        assertThatThrownBy(() -> AvailabilityConfig.parse(json, SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        SOURCE
                                + ", agent 'JIRAUSER1', field 'capacity': -2 must be a number"
                                + " above 0");
    }

    @Test
    void givenBadZone_parse_failsNamingAgentAndZone() {
        String json = "{\"agents\": {\"JIRAUSER1\": {\"zone\": \"Mars/Base\"}}}";

        assertThatThrownBy(() -> AvailabilityConfig.parse(json, SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent 'JIRAUSER1'")
                .hasMessageContaining("'Mars/Base' is not an IANA time zone");
    }

    @Test
    void givenBrokenJson_parse_failsSayingItIsNotJson() {
        assertThatThrownBy(() -> AvailabilityConfig.parse("{\"agents\": ", SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(SOURCE + ": not valid JSON");
    }

    @Test
    void givenAgentOutsideThePool_validate_failsNamingTheKeyAndRule() {
        String json = "{\"agents\": {\"JIRAUSER9\": {\"paused\": true}}}";

        assertThatThrownBy(() -> AvailabilityConfig.validate(json, SOURCE, List.of("JIRAUSER1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        SOURCE
                                + ": agent 'JIRAUSER9' must be a user key of the project's"
                                + " agent pool");
    }
}
