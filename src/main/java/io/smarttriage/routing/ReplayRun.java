package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One replay: the actual world and the app's world side by side over the same events. */
final class ReplayRun {
    private static final int TOP_SHARES = 10;

    private final ReplayData data;
    private final AgentPool pool;
    private final Workload actualWork;
    private final Assigner actualScreen;
    private final AssignmentDesk desk;
    private final LoadTracker actual;
    private final LoadTracker app;
    private final Set<String> backlogKeys = new HashSet<>();
    private final Map<Exclusion, Integer> actualExclusions = new EnumMap<>(Exclusion.class);
    private int eligible;
    private int agreed;
    private int suggested;
    private int unassigned;

    ReplayRun(ReplaySettings settings, AvailabilityBook availability, ReplayData data) {
        this.data = data;
        this.pool = AgentPool.uniform(data.pool(), settings.capacity());
        ExpertiseModel expertise = new ExpertiseModel(settings.expertise());
        data.train()
                .forEach(
                        t ->
                                expertise.learn(
                                        t.assignee(), data.features().get(t.key()), t.created()));
        this.actualWork = new Workload(settings.weights());
        this.actualScreen =
                new Assigner(pool, expertise, actualWork, availability, settings.desk());
        this.desk =
                new AssignmentDesk(
                        pool,
                        expertise,
                        new Workload(settings.weights()),
                        availability,
                        settings.desk());
        this.actual = new LoadTracker(data.cutoff());
        this.app = new LoadTracker(data.cutoff());
    }

    ReplayResult run() {
        List<ReplayEvent> events = new ArrayList<>();
        for (Ticket ticket : data.backlog()) {
            seed(ticket);
            addClosing(events, ticket);
        }
        for (Ticket ticket : data.replayed()) {
            events.add(new ReplayEvent(ticket.created(), true, ticket));
            addClosing(events, ticket);
        }
        events.sort(ReplayEvent.ORDER);
        for (ReplayEvent event : events) {
            if (event.opening()) {
                open(event.ticket(), event.time());
            } else {
                close(event.ticket(), event.time());
            }
        }
        Instant end = events.isEmpty() ? data.cutoff() : events.get(events.size() - 1).time();
        return result(end);
    }

    private void seed(Ticket ticket) {
        OpenRequest request =
                new OpenRequest(
                        ticket.key(), ticket.assignee(), ticket.priority(), ticket.created());
        backlogKeys.add(ticket.key());
        actualWork.open(request);
        desk.assignedByHand(request);
        actual.open(ticket.key(), ticket.assignee(), data.cutoff(), false);
        app.open(ticket.key(), ticket.assignee(), data.cutoff(), false);
    }

    private void open(Ticket ticket, Instant time) {
        RequestFeatures features = data.features().get(ticket.key());
        Optional<Exclusion> exclusion = actualScreen.exclusionOf(ticket.assignee(), features, time);
        exclusion.ifPresent(e -> actualExclusions.merge(e, 1, Integer::sum));
        eligible += exclusion.isEmpty() ? 1 : 0;
        actualWork.open(new OpenRequest(ticket.key(), ticket.assignee(), ticket.priority(), time));
        actual.open(ticket.key(), ticket.assignee(), time, true);
        if (!desk.waiting().isEmpty()) {
            track(desk.reconsiderWaiting(time), time);
        }
        Decision decision = desk.submit(features, time);
        if (decision.outcome() == Outcome.UNASSIGNED) {
            unassigned++;
            return;
        }
        if (decision.outcome() == Outcome.SUGGESTED) {
            suggested++;
            desk.assignedByHand(
                    new OpenRequest(ticket.key(), decision.agent(), ticket.priority(), time));
        }
        agreed += decision.agent().equals(ticket.assignee()) ? 1 : 0;
        app.open(ticket.key(), decision.agent(), time, true);
    }

    private void close(Ticket ticket, Instant time) {
        actualWork.close(ticket.key());
        actual.close(ticket.key(), time);
        app.close(ticket.key(), time);
        boolean learn = !backlogKeys.contains(ticket.key());
        track(
                desk.resolved(
                        ticket.key(),
                        learn ? ticket.assignee() : null,
                        data.features().get(ticket.key()),
                        time),
                time);
    }

    /** Records where reconsidered waiting requests went. */
    private void track(List<Decision> again, Instant time) {
        for (Decision decision : again) {
            if (decision.outcome() == Outcome.SUGGESTED) {
                desk.assignedByHand(
                        new OpenRequest(
                                decision.requestKey(),
                                decision.agent(),
                                data.features().get(decision.requestKey()).priority(),
                                time));
            }
            if (decision.outcome() != Outcome.UNASSIGNED) {
                app.open(decision.requestKey(), decision.agent(), time, true);
            }
        }
    }

    private static void addClosing(List<ReplayEvent> events, Ticket ticket) {
        if (ticket.resolved() != null) {
            events.add(new ReplayEvent(ticket.resolved(), false, ticket));
        }
    }

    private ReplayResult result(Instant end) {
        List<String> agents = data.pool().stream().toList();
        double[] actualTaken = new double[agents.size()];
        double[] appTaken = new double[agents.size()];
        for (int i = 0; i < agents.size(); i++) {
            actualTaken[i] = actual.taken(agents.get(i));
            appTaken[i] = app.taken(agents.get(i));
        }
        double n = Math.max(1, data.replayed().size());
        return new ReplayResult(
                data.replayed().size(),
                agents.size(),
                max(actualTaken) / n,
                max(appTaken) / n,
                Gini.of(actualTaken),
                Gini.of(appTaken),
                Gini.of(actual.meanLoads(agents, end)),
                Gini.of(app.meanLoads(agents, end)),
                eligible / n,
                actualExclusions,
                agreed / n,
                suggested,
                unassigned,
                desk.waiting().size(),
                topShares(agents, n));
    }

    private List<AgentShare> topShares(List<String> agents, double requests) {
        double capacity = 0;
        for (String agent : agents) {
            capacity += pool.get(agent).map(Agent::capacity).orElse(0.0);
        }
        List<AgentShare> shares = new ArrayList<>();
        for (String agent : agents) {
            double own = pool.get(agent).map(Agent::capacity).orElse(0.0);
            int taken = app.taken(agent);
            shares.add(new AgentShare(agent, taken, taken / requests, own / capacity));
        }
        shares.sort(
                Comparator.comparingInt(AgentShare::assigned)
                        .reversed()
                        .thenComparing(AgentShare::agent));
        return shares.subList(0, Math.min(TOP_SHARES, shares.size()));
    }

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
