package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The tickets of a replay, split at the cutoff, with their features computed once. */
record ReplayData(
        Instant cutoff,
        List<Ticket> train,
        List<Ticket> backlog,
        List<Ticket> replayed,
        Set<String> pool,
        Map<String, RequestFeatures> features) {

    static ReplayData split(
            List<Ticket> tickets, Instant cutoff, Function<Ticket, RequestFeatures> extractor) {
        List<Ticket> train = new ArrayList<>();
        List<Ticket> later = new ArrayList<>();
        for (Ticket ticket : tickets) {
            if (ticket.assignee() == null || ticket.assignee().isBlank()) {
                continue;
            }
            if (ticket.created() == null) {
                throw new IllegalArgumentException(
                        "ticket "
                                + ticket.key()
                                + ": an assigned ticket needs a creation time for the replay");
            }
            (ticket.created().isBefore(cutoff) ? train : later).add(ticket);
        }
        Comparator<Ticket> byCreation =
                Comparator.comparing(Ticket::created).thenComparing(Ticket::key);
        train.sort(byCreation);
        later.sort(byCreation);
        Set<String> pool = new TreeSet<>();
        train.forEach(t -> pool.add(t.assignee()));
        List<Ticket> backlog =
                train.stream()
                        .filter(t -> t.resolved() == null || !t.resolved().isBefore(cutoff))
                        .toList();
        List<Ticket> replayed = later.stream().filter(t -> pool.contains(t.assignee())).toList();
        Map<String, RequestFeatures> features = new HashMap<>();
        train.forEach(t -> features.put(t.key(), extractor.apply(t)));
        replayed.forEach(t -> features.put(t.key(), extractor.apply(t)));
        return new ReplayData(cutoff, train, backlog, replayed, pool, features);
    }
}
