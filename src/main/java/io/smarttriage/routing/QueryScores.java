package io.smarttriage.routing;

import java.util.List;

/**
 * Computes an {@link ExpertiseQuery}'s score for every agent by walking each feature's postings.
 *
 * <p>An agent without a feature gets the smoothed term w (log mu - log(N + mu)); the postings add w
 * (log(c + mu r) - log(mu r)) for agents who have it, where c and N are the agent's decayed count
 * and total and r the desk's rate.
 */
final class QueryScores {
    private final ExpertiseQuery query;

    QueryScores(ExpertiseQuery query) {
        this.query = query;
    }

    double[] all() {
        List<AgentHistory> histories = query.model().histories();
        double[] values = new double[histories.size()];
        double weightSum = 0;
        for (int i = 0; i < query.features(); i++) {
            weightSum += query.weight(i);
        }
        double mu = query.mu();
        double prior = query.model().settings().priorSmoothing();
        for (AgentHistory history : histories) {
            double total = history.total * query.scale();
            values[history.id] =
                    Math.log(query.projectEvidence(history.id) + prior)
                            + weightSum * (Math.log(mu) - Math.log(total + mu));
        }
        for (int i = 0; i < query.features(); i++) {
            addPresent(values, i);
        }
        return values;
    }

    private void addPresent(double[] values, int i) {
        Postings postings = query.postingsAt(i);
        double smoothed = query.mu() * query.deskRate(i);
        double absent = Math.log(smoothed);
        double weight = query.weight(i);
        double scale = query.scale();
        for (int p = 0; p < postings.size(); p++) {
            double count = postings.countAt(p) * scale;
            values[postings.agentAt(p)] += weight * (Math.log(count + smoothed) - absent);
        }
    }
}
