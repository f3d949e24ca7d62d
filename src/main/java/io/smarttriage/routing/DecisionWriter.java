package io.smarttriage.routing;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the ordered assessments of one request into a decision with its explanation. */
final class DecisionWriter {
    private final DeskSettings settings;
    private final ExpertiseQuery query;
    private final FairnessTerm fairness;

    DecisionWriter(DeskSettings settings, ExpertiseQuery query, FairnessTerm fairness) {
        this.settings = settings;
        this.query = query;
        this.fairness = fairness;
    }

    /** Writes the decision; {@code ordered} is in the strategy's order of preference. */
    Decision write(String key, Instant now, List<Assessment> ordered) {
        Assessment chosen = ordered.stream().filter(a -> !a.excluded()).findFirst().orElse(null);
        if (chosen == null) {
            return new Decision(
                    key,
                    now,
                    settings.strategy(),
                    Outcome.UNASSIGNED,
                    null,
                    0,
                    Explanation.of(nobody(ordered)),
                    alternatives(ordered, null));
        }
        boolean sure =
                settings.strategy() != Strategy.BEST_MATCH
                        || chosen.probability() >= settings.assignThreshold();
        return new Decision(
                key,
                now,
                settings.strategy(),
                sure ? Outcome.ASSIGNED : Outcome.SUGGESTED,
                chosen.key(),
                chosen.probability(),
                reasons(chosen, sure, ordered),
                alternatives(ordered, chosen));
    }

    private Explanation reasons(Assessment chosen, boolean sure, List<Assessment> ordered) {
        List<Phrase> reasons = new ArrayList<>();
        reasons.add(
                Phrase.of(
                        switch (settings.strategy()) {
                            case BEST_MATCH -> "smarttriage.why.routing.best-match";
                            case LEAST_LOADED -> "smarttriage.why.routing.least-loaded";
                            case ROUND_ROBIN -> "smarttriage.why.routing.round-robin";
                        }));
        reasons.add(expertise(chosen));
        reasons.add(
                Phrase.of(
                        "smarttriage.why.routing.load",
                        format("%.1f", chosen.load()),
                        format("%.1f", chosen.agent().capacity())));
        FairnessNote.of(fairness, settings.loadWeight(), chosen, ordered).ifPresent(reasons::add);
        if (!sure) {
            reasons.add(
                    Phrase.of(
                            "smarttriage.why.routing.suggested",
                            format("%.2f", chosen.probability()),
                            format("%.2f", settings.assignThreshold())));
        }
        return new Explanation(reasons);
    }

    private Phrase expertise(Assessment a) {
        if (a.score().coldStart()) {
            return Phrase.of("smarttriage.why.routing.new-agent");
        }
        List<Phrase> parts = query.describe(a.key());
        String probability = format("%.2f", a.probability());
        String evidence = format("%.1f", a.score().projectEvidence());
        return parts.isEmpty()
                ? Phrase.of("smarttriage.why.routing.expertise", probability, evidence)
                : Phrase.of("smarttriage.why.routing.expertise.parts", probability, evidence)
                        .with(parts);
    }

    private List<Candidate> alternatives(List<Assessment> ordered, Assessment chosen) {
        List<Candidate> list = new ArrayList<>();
        for (Assessment a : ordered) {
            if (list.size() == settings.alternatives()) {
                break;
            }
            if (a != chosen) {
                list.add(candidate(a, chosen));
            }
        }
        return list;
    }

    private Candidate candidate(Assessment a, Assessment chosen) {
        Verdict verdict = a.excluded() ? Verdict.EXCLUDED : Verdict.LOST;
        Explanation reason =
                !a.excluded()
                        ? Explanation.of(lostTo(a, chosen))
                        : a.detail() == null
                                ? Explanation.of(a.exclusion().phrase())
                                : Explanation.of(a.exclusion().phrase(), a.detail());
        return new Candidate(
                a.key(),
                verdict,
                a.exclusion(),
                a.probability(),
                a.load(),
                a.agent().capacity(),
                reason);
    }

    private Phrase lostTo(Assessment a, Assessment chosen) {
        return switch (settings.strategy()) {
            case BEST_MATCH ->
                    Phrase.of(
                            "smarttriage.why.routing.lost.best-match",
                            format("%.2f", a.probability()),
                            format("%.2f", chosen.probability()),
                            format("%.2f", a.utilisation()),
                            format("%.2f", chosen.utilisation()));
            case LEAST_LOADED ->
                    Phrase.of(
                            "smarttriage.why.routing.lost.least-loaded",
                            format("%.2f", a.utilisation()),
                            format("%.2f", chosen.utilisation()));
            case ROUND_ROBIN -> Phrase.of("smarttriage.why.routing.lost.round-robin");
        };
    }

    private static Phrase nobody(List<Assessment> ordered) {
        if (ordered.isEmpty()) {
            return Phrase.of("smarttriage.why.routing.nobody.no-agents");
        }
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        ordered.forEach(a -> counts.merge(a.exclusion(), 1, Integer::sum));
        List<Phrase> parts = new ArrayList<>();
        counts.forEach((exclusion, n) -> parts.add(exclusion.counted(n)));
        return Phrase.of("smarttriage.why.routing.nobody").with(parts);
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
