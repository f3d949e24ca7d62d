package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AvailabilityFileTest {
    private static final String FILE =
            """
            {"agents": {
              "alice": {"zone": "America/New_York", "hours": {"MON-FRI": ["09:00-17:00"]}},
              "bob": {"absences": [{"from": "2024-03-01T00:00:00Z",
                                    "until": "2024-03-08T00:00:00Z", "cover": "alice"}]},
              "carol": {"paused": true}
            }}""";

    @Test
    void givenFileWithHoursAbsenceAndPause_whenRead_thenEachAgentFollowsIt() throws Exception {
        Instant mondayNineNewYork = Instant.parse("2024-03-04T14:00:00Z");

        AvailabilityBook book = AvailabilityFile.parse(FILE, "test.json");

        assertThat(book.presenceAt("alice", mondayNineNewYork)).isEqualTo(Presence.AVAILABLE);
        assertThat(book.presenceAt("alice", Fixtures.MONDAY_NOON)).isEqualTo(Presence.OFF_HOURS);
        assertThat(book.presenceAt("bob", Fixtures.MONDAY_NOON)).isEqualTo(Presence.AWAY);
        assertThat(book.coverAt("bob", Fixtures.MONDAY_NOON)).contains("alice");
        assertThat(book.presenceAt("carol", Fixtures.MONDAY_NOON)).isEqualTo(Presence.PAUSED);
        assertThat(book.presenceAt("dave", Fixtures.MONDAY_NOON)).isEqualTo(Presence.AVAILABLE);
    }

    @Test
    void givenUnknownZone_whenParsed_thenErrorNamesAgentFieldAndValue() {
        String json = "{\"agents\": {\"alice\": {\"zone\": \"Mars/Olympus\"}}}";

        Throwable error = catchThrowable(() -> AvailabilityFile.parse(json, "hours.json"));

        assertThat(error)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hours.json, agent 'alice', field 'zone'")
                .hasMessageContaining("'Mars/Olympus'");
    }

    @Test
    void givenMalformedWindow_whenParsed_thenErrorNamesWindowAndForm() {
        String json = "{\"agents\": {\"bob\": {\"hours\": {\"MON\": [\"9-5pm\"]}}}}";

        Throwable error = catchThrowable(() -> AvailabilityFile.parse(json, "hours.json"));

        assertThat(error)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent 'bob'")
                .hasMessageContaining("'9-5pm'");
    }
}
