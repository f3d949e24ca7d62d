package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlingTimesTest {

    private static final Instant T0 = Instant.parse("2024-01-01T09:00:00Z");
    private static final Duration CAP = Duration.ofHours(8);
    private static final Duration FALLBACK = Duration.ofMinutes(30);

    @Test
    void givenQuickAndSlowResolutions_learn_takesMedianOfQuickOnes() {
        List<Ticket> tickets = new ArrayList<>();
        tickets.addAll(resolvedAfter("Access", Duration.ofMinutes(10), 15));
        tickets.addAll(resolvedAfter("Access", Duration.ofMinutes(40), 10));
        tickets.addAll(resolvedAfter("Access", Duration.ofDays(5), 30));

        HandlingTimes times = HandlingTimes.learn(tickets, CAP, FALLBACK);

        assertThat(times.of("Access")).isEqualTo(Duration.ofMinutes(10));
        assertThat(times.overall()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void givenTooFewQuickResolutions_learn_usesFallback() {
        List<Ticket> tickets = resolvedAfter("Access", Duration.ofMinutes(10), 5);

        HandlingTimes times = HandlingTimes.learn(tickets, CAP, FALLBACK);

        assertThat(times.of("Access")).isEqualTo(FALLBACK);
    }

    @Test
    void givenConfiguredCategory_of_prefersConfiguredValue() {
        HandlingTimes learned =
                HandlingTimes.learn(
                        resolvedAfter("Hardware", Duration.ofMinutes(10), 25), CAP, FALLBACK);

        HandlingTimes configured = learned.with("Hardware", Duration.ofMinutes(45));

        assertThat(configured.of("Hardware")).isEqualTo(Duration.ofMinutes(45));
        assertThat(configured.of("Storage")).isEqualTo(Duration.ofMinutes(10));
    }

    private static List<Ticket> resolvedAfter(String category, Duration elapsed, int count) {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tickets.add(
                    Ticket.builder(category + "-" + elapsed + "-" + i, T0)
                            .category(category)
                            .resolved(T0.plus(elapsed))
                            .build());
        }
        return tickets;
    }
}
