package io.smarttriage.routing;

import io.smarttriage.domain.Explanation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Weighs every agent of the pool for one request and marks who cannot take it, and why. */
final class CandidateScreen {
    private final AgentPool pool;
    private final Workload workload;
    private final AvailabilityBook availability;

    CandidateScreen(AgentPool pool, Workload workload, AvailabilityBook availability) {
        this.pool = pool;
        this.workload = workload;
        this.availability = availability;
    }

    /** Returns one assessment per agent, in user-key order. */
    List<Assessment> assess(ExpertiseQuery query, String priority, Strategy strategy, Instant now) {
        double weightOfNew = workload.weightOfNew(priority, now);
        List<Assessment> all = new ArrayList<>(pool.size());
        for (Agent agent : pool.all()) {
            ExpertiseScore score = query.score(agent.userKey());
            double load = workload.load(agent.userKey(), now);
            Assessment assessment = new Assessment(agent, score, 0, load, null, null);
            all.add(screen(assessment, weightOfNew, strategy, now));
        }
        return withProbabilities(all);
    }

    /** Returns why one agent could not take the request, or empty; unknown agents cannot. */
    Optional<Exclusion> exclusionOf(
            String key, ExpertiseQuery query, String priority, Strategy strategy, Instant now) {
        Optional<Agent> agent = pool.get(key);
        if (agent.isEmpty()) {
            return Optional.of(Exclusion.NOT_IN_POOL);
        }
        Assessment assessment =
                new Assessment(
                        agent.get(), query.score(key), 0, workload.load(key, now), null, null);
        Assessment screened =
                screen(assessment, workload.weightOfNew(priority, now), strategy, now);
        return Optional.ofNullable(screened.exclusion());
    }

    private Assessment screen(Assessment a, double weightOfNew, Strategy strategy, Instant now) {
        if (!a.agent().active()) {
            return a.excludedFor(Exclusion.INACTIVE, null);
        }
        if (!a.agent().licensed()) {
            return a.excludedFor(Exclusion.NO_LICENCE, null);
        }
        Presence presence = availability.presenceAt(a.key(), now);
        if (presence != Presence.AVAILABLE) {
            return a.excludedFor(Exclusion.of(presence), absenceDetail(a.key(), now));
        }
        if (a.load() + weightOfNew > a.agent().capacity()) {
            return a.excludedFor(
                    Exclusion.AT_CAPACITY,
                    Explanation.Phrase.of(
                            "smarttriage.why.routing.capacity",
                            oneDecimal(a.load()),
                            oneDecimal(weightOfNew),
                            oneDecimal(a.agent().capacity())));
        }
        if (strategy != Strategy.ROUND_ROBIN && !a.score().qualified()) {
            return a.excludedFor(Exclusion.NO_MATCHING_EXPERTISE, null);
        }
        return a;
    }

    private Explanation.Phrase absenceDetail(String agent, Instant now) {
        return availability
                .of(agent)
                .absenceAt(now)
                .map(
                        absence ->
                                absence.coveringAgent() == null
                                        ? Explanation.Phrase.of(
                                                "smarttriage.why.routing.absence",
                                                String.valueOf(absence.until()))
                                        : Explanation.Phrase.of(
                                                "smarttriage.why.routing.absence.covered",
                                                String.valueOf(absence.until()),
                                                absence.coveringAgent()))
                .orElse(null);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static List<Assessment> withProbabilities(List<Assessment> all) {
        double top = Double.NEGATIVE_INFINITY;
        for (Assessment a : all) {
            top = a.score().qualified() ? Math.max(top, a.score().value()) : top;
        }
        double sum = 0;
        for (Assessment a : all) {
            sum += a.score().qualified() ? Math.exp(a.score().value() - top) : 0;
        }
        List<Assessment> result = new ArrayList<>(all.size());
        for (Assessment a : all) {
            double p = a.score().qualified() ? Math.exp(a.score().value() - top) / sum : 0;
            result.add(a.withProbability(p));
        }
        return result;
    }
}
