package io.smarttriage.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders agents by expertise for one request; ties break by user key. */
final class ExpertiseRanking {
    /** Best score first; equal scores in user-key order. */
    public static final Comparator<ExpertiseScore> BEST_FIRST =
            Comparator.comparingDouble(ExpertiseScore::value)
                    .reversed()
                    .thenComparing(ExpertiseScore::agent);

    private ExpertiseRanking() {}

    /** Returns the qualified agents among {@code agents}, best match first. */
    public static List<ExpertiseScore> rank(ExpertiseQuery query, Iterable<String> agents) {
        List<ExpertiseScore> scores = new ArrayList<>();
        for (String agent : agents) {
            ExpertiseScore score = query.score(agent);
            if (score.qualified()) {
                scores.add(score);
            }
        }
        scores.sort(BEST_FIRST);
        return scores;
    }

    /** Returns the softmax probability of the first of the ranked scores (0 when empty). */
    public static double confidence(List<ExpertiseScore> ranked) {
        if (ranked.isEmpty()) {
            return 0;
        }
        double top = ranked.get(0).value();
        double sum = 0;
        for (ExpertiseScore score : ranked) {
            sum += Math.exp(score.value() - top);
        }
        return 1 / sum;
    }
}
