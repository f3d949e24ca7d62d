package io.smarttriage.governance;

import io.smarttriage.routing.Agent;
import io.smarttriage.routing.AgentPool;
import io.smarttriage.routing.Assigner;
import io.smarttriage.routing.AvailabilityBook;
import io.smarttriage.routing.Decision;
import io.smarttriage.routing.DeskSettings;
import io.smarttriage.routing.ExpertiseModel;
import io.smarttriage.routing.OpenRequest;
import io.smarttriage.routing.RequestFeatures;
import io.smarttriage.routing.Strategy;
import io.smarttriage.routing.Workload;
import io.smarttriage.routing.WorkloadWeights;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One project's router on one node: an {@link Assigner} over a fixed pool and expertise profile,
 * whose workload and availability are refreshed from the tracker before every decision, and which
 * reads the round-robin rotation and fairness shares from the agents the app gave its latest
 * requests to, passed in with each decision. The routing threshold is 0, so the router always names
 * the best agent who can take the request and the project's confidence threshold for the assignee
 * decides what happens with it.
 */
final class RoutingDesk {
    private final Key key;
    private final Workload workload = new Workload(WorkloadWeights.defaults());
    private final Set<String> openKeys = new HashSet<>();
    private final AvailabilityBook availability = AvailabilityBook.alwaysAvailable();
    private final Assigner assigner;

    RoutingDesk(Key key, ExpertiseModel expertise) {
        this.key = key;
        this.assigner =
                new Assigner(
                        AgentPool.of(key.agents()),
                        expertise,
                        workload,
                        availability,
                        DeskSettings.defaults().with(key.strategy()).withThreshold(0));
    }

    Key key() {
        return key;
    }

    /**
     * Refreshes workload and availability, then decides.
     *
     * @param given the agents the app gave the project's latest requests to, newest first
     */
    synchronized Decision decide(
            RequestFeatures request,
            List<OpenRequest> open,
            AvailabilityBook current,
            List<String> given,
            Instant now) {
        openKeys.forEach(workload::close);
        openKeys.clear();
        for (OpenRequest each : open) {
            workload.open(each);
            openKeys.add(each.key());
        }
        for (Agent agent : key.agents()) {
            availability.put(agent.userKey(), current.of(agent.userKey()));
        }
        return assigner.decide(request, now, given);
    }

    /**
     * What a desk is built from; a change builds a new desk.
     *
     * @param strategy the routing strategy
     * @param agents the pool with status and capacity
     * @param modelVersion version of the model the expertise came with, or {@code null}
     */
    record Key(Strategy strategy, List<Agent> agents, String modelVersion) {}
}
