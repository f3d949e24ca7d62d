package io.smarttriage.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides who should take one request now, by the desk's strategy, without side effects other than
 * advancing the round-robin rotation when it assigns and counting each named agent in the recent
 * shares that the fairness term reads.
 */
public final class Assigner {
    /** Decisions after which a past assignment counts half in the fairness shares. */
    public static final int FAIRNESS_HALF_LIFE = 100;

    private final ExpertiseModel expertise;
    private final CandidateScreen screen;
    private final DeskSettings settings;
    private final RecentShares recent = new RecentShares(FAIRNESS_HALF_LIFE);
    private volatile String lastChosen;

    /** Returns an assigner reading the given pool, expertise, workload and availability. */
    public Assigner(
            AgentPool pool,
            ExpertiseModel expertise,
            Workload workload,
            AvailabilityBook availability,
            DeskSettings settings) {
        this.expertise = expertise;
        this.screen = new CandidateScreen(pool, workload, availability);
        this.settings = settings;
    }

    /** Returns the decision for a request arriving (or reconsidered) at {@code now}. */
    public Decision decide(RequestFeatures request, Instant now) {
        ExpertiseQuery query = expertise.query(request, now);
        List<Assessment> ordered =
                new ArrayList<>(screen.assess(query, request.priority(), settings.strategy(), now));
        FairnessTerm fairness = fairnessFor(ordered);
        ordered.sort(StrategyOrder.of(settings, lastChosen, fairness));
        Decision decision =
                new DecisionWriter(settings, query, fairness).write(request.key(), now, ordered);
        if (decision.outcome() == Outcome.ASSIGNED) {
            lastChosen = decision.agent();
        }
        if (decision.outcome() != Outcome.UNASSIGNED) {
            recent.record(decision.agent());
        }
        return decision;
    }

    private FairnessTerm fairnessFor(List<Assessment> screened) {
        double weight = settings.strategy() == Strategy.BEST_MATCH ? settings.fairnessWeight() : 0;
        return FairnessTerm.of(weight, recent, screened);
    }

    /** Returns why {@code agent} could not take the request now, or empty if they could. */
    public Optional<Exclusion> exclusionOf(String agent, RequestFeatures request, Instant now) {
        return screen.exclusionOf(
                agent, expertise.query(request, now), request.priority(), settings.strategy(), now);
    }

    /** Returns the desk settings. */
    public DeskSettings settings() {
        return settings;
    }
}
