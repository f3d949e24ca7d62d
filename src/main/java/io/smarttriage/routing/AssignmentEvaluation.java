package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Top-1 and top-5 of the expertise ranking against actual assignees on a time split.
 *
 * <p>Training: tickets with an assignee created before the cutoff, learned at their creation. Test:
 * the rest whose assignee was seen in training. The static figure uses the training history only;
 * the online figure also learns each ticket with an assignee when it is resolved, before every
 * later-created test ticket is ranked, as the live app does.
 */
public final class AssignmentEvaluation {
    private final ExpertiseSettings settings;
    private final Function<Ticket, List<String>> tokens;
    private final double threshold;

    /** Returns an evaluation with these settings, tokens and abstention threshold. */
    public AssignmentEvaluation(
            ExpertiseSettings settings, Function<Ticket, List<String>> tokens, double threshold) {
        this.settings = settings;
        this.tokens = tokens;
        this.threshold = threshold;
    }

    /** Runs the static and the online evaluation on {@code tickets} split at {@code cutoff}. */
    public EvaluationReport run(List<Ticket> tickets, Instant cutoff) {
        List<Ticket> assigned = assignedInTimeOrder(tickets);
        List<Ticket> train = assigned.stream().filter(t -> t.created().isBefore(cutoff)).toList();
        Set<String> pool = new TreeSet<>();
        train.forEach(t -> pool.add(t.assignee()));
        List<Ticket> later = assigned.stream().filter(t -> !t.created().isBefore(cutoff)).toList();
        List<Ticket> test = later.stream().filter(t -> pool.contains(t.assignee())).toList();
        RankingResult fixed = new RankingRun(this, train, pool, List.of()).score(test);
        RankingResult online = new RankingRun(this, train, pool, later).score(test);
        return new EvaluationReport(train.size(), later.size(), pool.size(), fixed, online);
    }

    RequestFeatures features(Ticket ticket) {
        return RequestFeatures.of(ticket, tokens.apply(ticket));
    }

    ExpertiseSettings settings() {
        return settings;
    }

    double threshold() {
        return threshold;
    }

    private static List<Ticket> assignedInTimeOrder(List<Ticket> tickets) {
        List<Ticket> assigned = new ArrayList<>();
        for (Ticket ticket : tickets) {
            if (ticket.assignee() == null || ticket.assignee().isBlank()) {
                continue;
            }
            if (ticket.created() == null) {
                throw new IllegalArgumentException(
                        "ticket "
                                + ticket.key()
                                + ": an assigned ticket needs a creation time for the time split");
            }
            assigned.add(ticket);
        }
        assigned.sort(Comparator.comparing(Ticket::created).thenComparing(Ticket::key));
        return assigned;
    }
}
