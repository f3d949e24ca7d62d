package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Ticket;
import io.smarttriage.model.ConfidenceMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What the router's expertise probability is worth, fitted on the newest part of a history. */
class AssigneeCalibrationTest {
    private static final Instant START = Instant.parse("2024-01-01T08:00:00Z");
    private static final List<String> AGENTS = List.of("alice", "bob", "carol");
    private static final List<String> COMPONENTS = List.of("Network", "Printing", "Mail");
    private static final Function<Ticket, RequestFeatures> FEATURES =
            t -> RequestFeatures.of(t, List.of(t.summary().split(" ")));

    @Test
    void givenSpecialistsWhoTakeHalfTheirRequests_fit_mapsTheirProbabilitiesToAboutHalf() {
        List<Ticket> history = history(400, true);

        ConfidenceMap map =
                AssigneeCalibration.fit(history, FEATURES, ExpertiseSettings.defaults());

        assertThat(map).isNotSameAs(ConfidenceMap.IDENTITY);
        assertThat(map.apply(map.lowest())).isLessThan(0.5);
        assertThat(map.apply(0.55)).isBetween(0.3, 0.75);
    }

    @Test
    void givenSpecialistsWhoTakeEveryRequest_fit_keepsHighProbabilitiesHigh() {
        List<Ticket> history = history(400, false);

        ConfidenceMap map =
                AssigneeCalibration.fit(history, FEATURES, ExpertiseSettings.defaults());

        assertThat(map.apply(0.99)).isGreaterThan(0.9);
    }

    @Test
    void givenShortHistory_fit_keepsTheRawProbability() {
        List<Ticket> history = history(200, true);

        ConfidenceMap map =
                AssigneeCalibration.fit(history, FEATURES, ExpertiseSettings.defaults());

        assertThat(map).isSameAs(ConfidenceMap.IDENTITY);
        assertThat(map.apply(0.87)).isEqualTo(0.87);
    }

    @Test
    void givenCalibratedModel_whenWrittenAndRead_thenTheMapIsKept() {
        ExpertiseModel model = new ExpertiseModel(ExpertiseSettings.defaults());
        model.calibrate(ConfidenceMap.of(0.2, new double[] {0.5, 1.0}, new double[] {0.1, 0.6}));

        ExpertiseModel copy = ExpertiseCodec.read(ExpertiseCodec.write(model));

        assertThat(copy.calibration().apply(0.4)).isEqualTo(0.1);
        assertThat(copy.calibration().apply(0.9)).isEqualTo(0.6);
    }

    /**
     * Requests eight hours apart in turn over three components, each resolved a day later by the
     * component's specialist; when {@code shared}, half of them, drawn at random with a fixed seed,
     * go to the next agent instead.
     */
    private static List<Ticket> history(int count, boolean shared) {
        Random random = new Random(7);
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int c = i % COMPONENTS.size();
            boolean other = shared && random.nextBoolean();
            String agent = AGENTS.get(other ? (c + 1) % AGENTS.size() : c);
            Instant created = START.plus(Duration.ofHours(8L * i));
            tickets.add(
                    Ticket.builder("HELP-" + (i + 1), created)
                            .project("HELP")
                            .resolved(created.plus(Duration.ofDays(1)))
                            .summary(COMPONENTS.get(c) + " broken")
                            .assignee(agent)
                            .components(List.of(COMPONENTS.get(c)))
                            .build());
        }
        return tickets;
    }
}
