package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import io.smarttriage.i18n.BundleText;
import io.smarttriage.model.ConfidenceMap;
import io.smarttriage.routing.Candidate;
import io.smarttriage.routing.Decision;
import io.smarttriage.routing.Exclusion;
import io.smarttriage.routing.Outcome;
import io.smarttriage.routing.Strategy;
import io.smarttriage.routing.Verdict;
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

    @Test
    void givenUnassignedDecision_of_abstainsWithTheReasonsAsItemsOfUnassigned() {
        Phrase nobody = Phrase.of("smarttriage.why.routing.nobody.no-agents");
        Decision decision =
                new Decision(
                        "HELP-1",
                        Instant.parse("2026-03-02T10:00:00Z"),
                        Strategy.ROUND_ROBIN,
                        Outcome.UNASSIGNED,
                        null,
                        0,
                        Explanation.of(nobody),
                        List.of());

        FieldPrediction prediction = RoutedPrediction.of(decision, "HELP-3");

        assertThat(prediction.abstained()).isTrue();
        assertThat(prediction.explanation())
                .isEqualTo(
                        Explanation.of(
                                Phrase.of("smarttriage.why.routing.unassigned")
                                        .with(List.of(nobody))));
        assertThat(BundleText.english(prediction.explanation()))
                .isEqualTo("unassigned: nobody can take it: the desk has no agents");
    }

    @Test
    void givenExcludedAlternatives_of_countsThemPerExclusionAfterTheReasons() {
        Decision decision =
                new Decision(
                        "HELP-1",
                        Instant.parse("2026-03-02T10:00:00Z"),
                        Strategy.BEST_MATCH,
                        Outcome.ASSIGNED,
                        "alice",
                        0.9,
                        Explanation.of("smarttriage.why.routing.best-match"),
                        List.of(
                                excluded("bob", Exclusion.AWAY),
                                excluded("carol", Exclusion.AT_CAPACITY),
                                excluded("dave", Exclusion.AWAY)));

        FieldPrediction prediction = RoutedPrediction.of(decision, "HELP-3");

        assertThat(prediction.explanation().keys())
                .containsExactly(
                        "smarttriage.why.routing.best-match",
                        "smarttriage.why.routing.next-excluded",
                        "smarttriage.why.routing.count",
                        "smarttriage.why.exclusion.away",
                        "smarttriage.why.routing.count",
                        "smarttriage.why.exclusion.at-capacity");
        assertThat(BundleText.english(prediction.explanation()))
                .isEqualTo(
                        "best match of expertise against load; next candidates excluded:"
                                + " 2 out of office, 1 at capacity");
        assertThat(BundleText.german(prediction.explanation()))
                .isEqualTo(
                        "beste \u00dcbereinstimmung von Fachwissen und Auslastung; n\u00e4chste"
                                + " Kandidaten ausgeschlossen: 2 abwesend, 1 ausgelastet");
    }

    private static Candidate excluded(String agent, Exclusion exclusion) {
        return new Candidate(
                agent, Verdict.EXCLUDED, exclusion, 0, 0, 30, Explanation.of(exclusion.phrase()));
    }

    private static Decision decision(Strategy strategy, double probability) {
        return new Decision(
                "HELP-1",
                Instant.parse("2026-03-02T10:00:00Z"),
                strategy,
                Outcome.ASSIGNED,
                "alice",
                probability,
                Explanation.of("smarttriage.why.routing.best-match"),
                List.of());
    }
}
