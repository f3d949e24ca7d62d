package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** One pass over the test tickets, learning resolved later tickets in time order if given. */
final class RankingRun {
    private final AssignmentEvaluation evaluation;
    private final ExpertiseModel model;
    private final Set<String> pool;
    private final List<Ticket> pending;
    private int next;

    RankingRun(
            AssignmentEvaluation evaluation,
            List<Ticket> train,
            Set<String> pool,
            List<Ticket> learnLater) {
        this.evaluation = evaluation;
        this.model = new ExpertiseModel(evaluation.settings());
        this.pool = pool;
        for (Ticket ticket : train) {
            model.learn(ticket.assignee(), evaluation.features(ticket), ticket.created());
        }
        pending = new ArrayList<>(learnLater.stream().filter(t -> t.resolved() != null).toList());
        pending.sort(Comparator.comparing(Ticket::resolved).thenComparing(Ticket::key));
    }

    RankingResult score(List<Ticket> test) {
        int top1 = 0;
        int top5 = 0;
        int covered = 0;
        int coveredHits = 0;
        for (Ticket ticket : test) {
            learnResolvedBefore(ticket.created());
            List<ExpertiseScore> ranked =
                    ExpertiseRanking.rank(
                            model.query(evaluation.features(ticket), ticket.created()), pool);
            int rank = rankOf(ranked, ticket.assignee());
            top1 += rank == 0 ? 1 : 0;
            top5 += rank >= 0 && rank < 5 ? 1 : 0;
            if (ExpertiseRanking.confidence(ranked) >= evaluation.threshold()) {
                covered++;
                coveredHits += rank == 0 ? 1 : 0;
            }
        }
        double n = Math.max(1, test.size());
        return new RankingResult(
                test.size(),
                top1 / n,
                top5 / n,
                evaluation.threshold(),
                covered / n,
                covered == 0 ? Double.NaN : coveredHits / (double) covered);
    }

    private void learnResolvedBefore(Instant time) {
        while (next < pending.size() && pending.get(next).resolved().isBefore(time)) {
            Ticket done = pending.get(next++);
            model.learn(done.assignee(), evaluation.features(done), done.resolved());
        }
    }

    private static int rankOf(List<ExpertiseScore> ranked, String agent) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).agent().equals(agent)) {
                return i;
            }
        }
        return -1;
    }
}
