package io.smarttriage.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assignment life of one service desk: routes arriving requests, keeps the workload and the
 * waiting queue, learns from resolutions and logs every decision. Entry point for adapters.
 */
public final class AssignmentDesk {
    private final AgentPool pool;
    private final ExpertiseModel expertise;
    private final Workload workload;
    private final AvailabilityBook availability;
    private final Assigner assigner;
    private final DecisionLog log = new DecisionLog();
    private final Map<String, RequestFeatures> waiting = new LinkedHashMap<>();

    /** Returns a desk over the given pool, expertise, workload, availability and settings. */
    public AssignmentDesk(
            AgentPool pool,
            ExpertiseModel expertise,
            Workload workload,
            AvailabilityBook availability,
            DeskSettings settings) {
        this.pool = pool;
        this.expertise = expertise;
        this.workload = workload;
        this.availability = availability;
        this.assigner = new Assigner(pool, expertise, workload, availability, settings);
    }

    /** Routes a new request: assigns it, suggests an agent, or queues it unassigned. */
    public synchronized Decision submit(RequestFeatures request, Instant now) {
        Decision decision = assigner.decide(request, now);
        log.add(decision);
        if (decision.outcome() == Outcome.UNASSIGNED) {
            waiting.put(request.key(), request);
            return decision;
        }
        waiting.remove(request.key());
        if (decision.outcome() == Outcome.ASSIGNED) {
            workload.open(
                    new OpenRequest(request.key(), decision.agent(), request.priority(), now));
        }
        return decision;
    }

    /** Records a request assigned by hand (or by anyone but the app); it counts as load. */
    public synchronized void assignedByHand(OpenRequest request) {
        waiting.remove(request.key());
        workload.open(request);
    }

    /** Records a resolution: frees load, learns expertise, then reconsiders waiting requests. */
    public synchronized List<Decision> resolved(
            String key, String resolver, RequestFeatures request, Instant now) {
        workload.close(key);
        waiting.remove(key);
        if (resolver != null) {
            expertise.learn(resolver, request, now);
        }
        return reconsiderWaiting(now);
    }

    /** Routes the waiting requests again, oldest first, e.g. when an agent is available again. */
    public synchronized List<Decision> reconsiderWaiting(Instant now) {
        List<Decision> decisions = new ArrayList<>();
        for (RequestFeatures request : List.copyOf(waiting.values())) {
            Decision decision = submit(request, now);
            decisions.add(decision);
        }
        return decisions;
    }

    /** Hands an absent agent's open requests to their covering agent, if the desk does that. */
    public synchronized List<Handover> handOverFrom(String agent, Instant now) {
        return new CoverHandover(pool, workload, availability, assigner.settings())
                .handOver(agent, now);
    }

    /** Returns the keys of requests waiting unassigned, oldest first. */
    public synchronized List<String> waiting() {
        return List.copyOf(waiting.keySet());
    }

    /** Returns the decision log. */
    public DecisionLog log() {
        return log;
    }

    /** Returns each agent's share of the app's assignments against their share of capacity. */
    public List<AgentShare> fairness() {
        return log.fairness(pool);
    }
}
