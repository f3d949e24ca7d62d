package io.smarttriage.routing;

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
                    List.of(nobody(ordered)),
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

    private List<String> reasons(Assessment chosen, boolean sure, List<Assessment> ordered) {
        List<String> reasons = new ArrayList<>();
        reasons.add(
                switch (settings.strategy()) {
                    case BEST_MATCH -> "best match of expertise against load";
                    case LEAST_LOADED -> "least loaded among agents with matching expertise";
                    case ROUND_ROBIN -> "next available agent in the rotation";
                });
        reasons.add(expertise(chosen));
        reasons.add(
                String.format(
                        Locale.ROOT,
                        "load %.1f of capacity %.1f",
                        chosen.load(),
                        chosen.agent().capacity()));
        FairnessNote.of(fairness, settings.loadWeight(), chosen, ordered).ifPresent(reasons::add);
        if (!sure) {
            reasons.add(
                    String.format(
                            Locale.ROOT,
                            "confidence %.2f is below the threshold %.2f: suggested, not assigned",
                            chosen.probability(),
                            settings.assignThreshold()));
        }
        return reasons;
    }

    private String expertise(Assessment a) {
        if (a.score().coldStart()) {
            return "new agent: too little history, scored as an average agent of the project";
        }
        String parts = query.describe(a.key());
        return String.format(
                Locale.ROOT,
                "expertise %.2f from %.1f recent requests in the" + " project%s",
                a.probability(),
                a.score().projectEvidence(),
                parts.isEmpty() ? "" : "; " + parts);
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
        String reason =
                a.excluded()
                        ? a.exclusion().label() + (a.detail().isEmpty() ? "" : ": " + a.detail())
                        : lostTo(a, chosen);
        return new Candidate(
                a.key(),
                verdict,
                a.exclusion(),
                a.probability(),
                a.load(),
                a.agent().capacity(),
                reason);
    }

    private String lostTo(Assessment a, Assessment chosen) {
        return switch (settings.strategy()) {
            case BEST_MATCH ->
                    String.format(
                            Locale.ROOT,
                            "lower match: expertise %.2f vs %.2f," + " load share %.2f vs %.2f",
                            a.probability(),
                            chosen.probability(),
                            a.utilisation(),
                            chosen.utilisation());
            case LEAST_LOADED ->
                    String.format(
                            Locale.ROOT,
                            "more loaded: %.2f of capacity vs" + " %.2f",
                            a.utilisation(),
                            chosen.utilisation());
            case ROUND_ROBIN -> "later in the rotation";
        };
    }

    private static String nobody(List<Assessment> ordered) {
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        ordered.forEach(a -> counts.merge(a.exclusion(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((exclusion, n) -> parts.add(n + " " + exclusion.label()));
        return ordered.isEmpty()
                ? "nobody can take it: the desk has no agents"
                : "nobody can take it: " + String.join(", ", parts);
    }
}
