package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentAvailabilityTest {
    private static final WeeklySchedule BERLIN_MONDAYS =
            new WeeklySchedule(
                    ZoneId.of("Europe/Berlin"),
                    Map.of(
                            DayOfWeek.MONDAY,
                            List.of(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(17, 0)))));

    @Test
    void givenBerlinHours_whenUtcTimeIsInsideLocalWindow_thenAvailable() {
        AgentAvailability availability = new AgentAvailability(BERLIN_MONDAYS, List.of(), false);

        Presence presence = availability.presenceAt(Instant.parse("2024-03-04T15:30:00Z"));

        assertThat(presence).isEqualTo(Presence.AVAILABLE);
    }

    @Test
    void givenBerlinHours_whenUtcTimeIsAfterLocalEnd_thenOffHours() {
        AgentAvailability availability = new AgentAvailability(BERLIN_MONDAYS, List.of(), false);

        Presence presence = availability.presenceAt(Instant.parse("2024-03-04T16:30:00Z"));

        assertThat(presence).isEqualTo(Presence.OFF_HOURS);
    }

    @Test
    void givenAbsenceWithCover_whenInsideIt_thenAwayAndCoverNamed() {
        Absence absence =
                new Absence(
                        Instant.parse("2024-03-01T00:00:00Z"),
                        Instant.parse("2024-03-08T00:00:00Z"),
                        "bob");
        AvailabilityBook book =
                AvailabilityBook.of(
                        Map.of(
                                "alice",
                                new AgentAvailability(
                                        WeeklySchedule.always(), List.of(absence), false)));

        Presence presence = book.presenceAt("alice", Fixtures.MONDAY_NOON);

        assertThat(presence).isEqualTo(Presence.AWAY);
        assertThat(book.coverAt("alice", Fixtures.MONDAY_NOON)).contains("bob");
    }

    @Test
    void givenPauseSwitchOn_whenDuringHours_thenPaused() {
        AvailabilityBook book = AvailabilityBook.alwaysAvailable();
        book.setPaused("alice", true);

        Presence presence = book.presenceAt("alice", Fixtures.MONDAY_NOON);

        assertThat(presence).isEqualTo(Presence.PAUSED);
    }
}
