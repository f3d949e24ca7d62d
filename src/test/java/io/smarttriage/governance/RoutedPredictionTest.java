package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.model.ConfidenceMap;
import io.smarttriage.routing.Decision;
import io.smarttriage.routing.Outcome;
import io.smarttriage.routing.Strategy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assignee prediction made of a routing decision. */
class RoutedPredictionTest {
    private static final ConfidenceMap HALVING =
            ConfidenceMap.of(0.0, new double[] {0.5, 1.0}, new double[] {0.2, 0.45});

    @Test
    void givenBestMatch_of_mapsItsProbabilityThroughTheCalibration() {
        Decision decision = decision(Strategy.BEST_MATCH, 0.9);

        FieldPrediction prediction = RoutedPrediction.of(decision, "HELP-3", HALVING);

        assertThat(prediction.value()).isEqualTo("alice");
        assertThat(prediction.confidence()).isEqualTo(0.45);
    }

    @Test
    void givenRoundRobin_of_keepsConfidenceOneWhateverTheCalibration() {
        Decision decision = decision(Strategy.ROUND_ROBIN, 0.3);

        FieldPrediction prediction = RoutedPrediction.of(decision, "HELP-3", HALVING);

        assertThat(prediction.confidence()).isEqualTo(1.0);
    }

    private static Decision decision(Strategy strategy, double probability) {
        return new Decision(
                "HELP-1",
                Instant.parse("2026-03-02T10:00:00Z"),
                strategy,
                Outcome.ASSIGNED,
                "alice",
                probability,
                List.of("best match of expertise against load"),
                List.of());
    }
}
