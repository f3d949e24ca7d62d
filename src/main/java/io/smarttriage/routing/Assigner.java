package io.smarttriage.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides who should take one request now, by the desk's strategy. Round robin takes the next agent
 * of the pool's rotation after the one the last request was given to; the fairness term of best
 * match reads each agent's decayed share of the recent requests given (assigned or suggested).
 *
 * <p>That history comes from one of two places. {@link #decide(RequestFeatures, Instant)} keeps it
 * in this assigner: its only side effects are advancing the rotation when it assigns and counting
 * each named agent in the recent shares. {@link #decide(RequestFeatures, Instant, List)} reads it
 * from the caller, who keeps it elsewhere (for example shared by several processes), and leaves
 * this assigner's own history alone.
 */
public final class Assigner {
    /** Decisions after which a past assignment counts half in the fairness shares. */
    public static final int FAIRNESS_HALF_LIFE = 100;

    /**
     * How many of the latest given requests a caller keeping the history should pass: five
     * half-lives, beyond which the requests given weigh less than 1/32 each and 3% together.
     */
    public static final int GIVEN_HISTORY = 5 * FAIRNESS_HALF_LIFE;

    private final AgentPool pool;
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
        this.pool = pool;
        this.expertise = expertise;
        this.screen = new CandidateScreen(pool, workload, availability);
        this.settings = settings;
    }

    /** Returns the decision for a request arriving (or reconsidered) at {@code now}. */
    public Decision decide(RequestFeatures request, Instant now) {
        Decision decision = decide(request, now, recent, lastChosen);
        if (decision.outcome() == Outcome.ASSIGNED) {
            lastChosen = decision.agent();
        }
        if (decision.outcome() != Outcome.UNASSIGNED) {
            recent.record(decision.agent());
        }
        return decision;
    }

    /**
     * Returns the decision for a request arriving at {@code now}, given the agents the latest
     * requests were given to, newest first (at most {@link #GIVEN_HISTORY} are read, and agents no
     * longer in the pool are passed over): round robin continues after the first of them, and the
     * fairness shares count them all. Keeps nothing.
     */
    public Decision decide(RequestFeatures request, Instant now, List<String> given) {
        List<String> latest = given.stream().limit(GIVEN_HISTORY).filter(pool::contains).toList();
        return decide(
                request,
                now,
                RecentShares.of(FAIRNESS_HALF_LIFE, latest),
                latest.isEmpty() ? null : latest.get(0));
    }

    private Decision decide(
            RequestFeatures request, Instant now, RecentShares shares, String lastGiven) {
        ExpertiseQuery query = expertise.query(request, now);
        List<Assessment> ordered =
                new ArrayList<>(screen.assess(query, request.priority(), settings.strategy(), now));
        FairnessTerm fairness = fairnessFor(ordered, shares);
        ordered.sort(StrategyOrder.of(settings, pool.rotation(), lastGiven, fairness));
        return new DecisionWriter(settings, query, fairness).write(request.key(), now, ordered);
    }

    private FairnessTerm fairnessFor(List<Assessment> screened, RecentShares shares) {
        double weight = settings.strategy() == Strategy.BEST_MATCH ? settings.fairnessWeight() : 0;
        return FairnessTerm.of(weight, shares, screened);
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
