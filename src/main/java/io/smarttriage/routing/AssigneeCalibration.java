package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import io.smarttriage.model.ConfidenceMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Fits what the router's expertise probability is worth: on the newest fifth of a history, each
 * request is ranked among the agents active in the year before it by a profile learned from what
 * was resolved before it, and an isotonic map turns the top agent's softmax probability into the
 * share of such requests that agent really took. A softmax over a few agents is far above that
 * share, so without the map a confidence threshold would let through most wrong assignments.
 */
public final class AssigneeCalibration {
    /** Fewest scored requests a map is fitted on; with fewer the raw probability is kept. */
    static final int MIN_SCORED = 50;

    private static final Duration ACTIVE = Duration.ofDays(365);

    private AssigneeCalibration() {}

    /**
     * Returns the map fitted on {@code history} (requests with an assignee and a creation time;
     * others are left out), or {@link ConfidenceMap#IDENTITY} when fewer than {@value #MIN_SCORED}
     * requests could be scored.
     *
     * @param features how a request is described to the expertise profile
     */
    public static ConfidenceMap fit(
            List<Ticket> history,
            Function<Ticket, RequestFeatures> features,
            ExpertiseSettings settings) {
        List<Ticket> usable =
                history.stream()
                        .filter(t -> t.assignee() != null && !t.assignee().isBlank())
                        .filter(t -> t.created() != null)
                        .sorted(Comparator.comparing(Ticket::created).thenComparing(Ticket::key))
                        .toList();
        List<Ticket> learnOrder = new ArrayList<>(usable);
        learnOrder.sort(Comparator.comparing(AssigneeCalibration::learnedAt));
        Scoring scoring = new Scoring(features, settings, learnOrder);
        for (Ticket request : usable.subList(usable.size() - usable.size() / 5, usable.size())) {
            scoring.score(request);
        }
        return scoring.size() < MIN_SCORED ? ConfidenceMap.IDENTITY : scoring.fit();
    }

    private static Instant learnedAt(Ticket t) {
        return Objects.requireNonNullElse(t.resolved(), t.created());
    }

    /** The online pass: learns what was resolved before each request, then ranks it. */
    private static final class Scoring {
        private final Function<Ticket, RequestFeatures> features;
        private final ExpertiseModel model;
        private final List<Ticket> learnOrder;
        private final Map<String, Instant> lastSeen = new HashMap<>();
        private final List<Double> raw = new ArrayList<>();
        private final List<Boolean> hit = new ArrayList<>();
        private int next;

        Scoring(
                Function<Ticket, RequestFeatures> features,
                ExpertiseSettings settings,
                List<Ticket> learnOrder) {
            this.features = features;
            this.model = new ExpertiseModel(settings);
            this.learnOrder = learnOrder;
        }

        void score(Ticket request) {
            Instant now = request.created();
            while (next < learnOrder.size() && learnedAt(learnOrder.get(next)).isBefore(now)) {
                Ticket done = learnOrder.get(next++);
                model.learn(done.assignee(), features.apply(done), learnedAt(done));
                lastSeen.put(done.assignee(), learnedAt(done));
            }
            Set<String> active = new HashSet<>();
            lastSeen.forEach(
                    (agent, seen) -> {
                        if (!seen.isBefore(now.minus(ACTIVE))) {
                            active.add(agent);
                        }
                    });
            List<ExpertiseScore> ranked =
                    ExpertiseRanking.rank(model.query(features.apply(request), now), active);
            if (!ranked.isEmpty()) {
                raw.add(ExpertiseRanking.confidence(ranked));
                hit.add(ranked.get(0).agent().equals(request.assignee()));
            }
        }

        int size() {
            return raw.size();
        }

        ConfidenceMap fit() {
            double[] confidence = new double[raw.size()];
            boolean[] correct = new boolean[raw.size()];
            for (int i = 0; i < confidence.length; i++) {
                confidence[i] = raw.get(i);
                correct[i] = hit.get(i);
            }
            return ConfidenceMap.fit(confidence, correct);
        }
    }
}
