package io.smarttriage.governance;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.routing.Agent;
import io.smarttriage.routing.Assigner;
import io.smarttriage.routing.Decision;
import io.smarttriage.routing.ExpertiseModel;
import io.smarttriage.routing.ExpertiseSettings;
import io.smarttriage.routing.OpenRequest;
import io.smarttriage.routing.Outcome;
import io.smarttriage.routing.Strategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the assignee of a new request with the routing core: the project's pool with each user's
 * account and licence status, the expertise profile stored with the model version, the open work
 * the agents hold now and the project's availability JSON.
 *
 * <p>Each node keeps one {@link RoutingDesk} per project, rebuilt when the pool, an agent's status
 * or capacity, the strategy or the model version changes. The round-robin rotation and the recent
 * shares of the fairness term are not kept there but read for every decision from the shared audit
 * log ({@link AuditLog#givenAssignees}, the newest {@link Assigner#GIVEN_HISTORY} records, without
 * a cache), so they are cluster-wide and survive restarts and changes of the desk. They count the
 * requests the app gave: the assignee values it applied or suggested, since the fairness term
 * weighs what agents were given, and a value nobody saw was given to nobody; an assignment Jira
 * refused counts as given too, so that an agent Jira never takes does not hold up the rotation. In
 * shadow mode the router reads the shadow decisions instead, so that the rotation and the fairness
 * term of what the app would have done still move; shadow decisions never count once the field is
 * live, nor live ones in shadow mode. Round robin takes the pool member after the last agent given
 * a request, in the order of the configured pool. A decision is recorded only after the request is
 * triaged, so two requests routed at the same moment, on two nodes or two threads, can still see
 * the same history and name the same agent. An audit log that cannot be read fails the triage.
 */
final class AssigneeRouter {
    private static final Logger log = LoggerFactory.getLogger(AssigneeRouter.class);
    private static final ExpertiseModel NO_PROFILE =
            new ExpertiseModel(ExpertiseSettings.defaults());

    private final Sources sources;
    private final Map<String, RoutingDesk> desks = new ConcurrentHashMap<>();

    AssigneeRouter(Sources sources) {
        this.sources = sources;
    }

    /** Returns the routing decision; {@code expertise} is {@code null} without a stored model. */
    Decision decide(
            Ticket ticket,
            ProjectConfig config,
            ArchivedModelTriager.VersionedExpertise expertise,
            Instant now) {
        if (config.agentPool().isEmpty()) {
            return unassigned(ticket, config, now, "smarttriage.why.routing.no-pool");
        }
        Optional<AvailabilityConfig> availability = availability(config.projectKey());
        if (availability.isEmpty()) {
            return unassigned(
                    ticket, config, now, "smarttriage.why.routing.availability-unreadable");
        }
        List<Agent> agents = agents(config.agentPool(), availability.get());
        RoutingDesk.Key key =
                new RoutingDesk.Key(
                        strategyOf(config.assignmentStrategy()),
                        agents,
                        expertise == null ? null : expertise.version());
        RoutingDesk desk =
                desks.compute(
                        config.projectKey(),
                        (project, old) ->
                                old != null && old.key().equals(key)
                                        ? old
                                        : new RoutingDesk(key, profileOf(expertise)));
        List<OpenRequest> open;
        try {
            open = sources.workload().openWork(config, config.agentPool());
        } catch (RuntimeException e) {
            log.warn("Open work of project {} could not be read", config.projectKey(), e);
            return unassigned(ticket, config, now, "smarttriage.why.routing.workload-unreadable");
        }
        boolean shadow = config.settings(TargetField.ASSIGNEE).mode() == FieldMode.SHADOW;
        List<String> given =
                sources.decisions()
                        .givenAssignees(config.projectKey(), shadow, Assigner.GIVEN_HISTORY);
        return desk.decide(
                ExpertiseProfiles.features(ticket), open, availability.get().book(), given, now);
    }

    /** Returns the routing strategy an assignment strategy of the configuration stands for. */
    static Strategy strategyOf(AssignmentStrategy strategy) {
        return switch (strategy) {
            case PREDICTED -> Strategy.BEST_MATCH;
            case BALANCED -> Strategy.LEAST_LOADED;
            case ROUND_ROBIN -> Strategy.ROUND_ROBIN;
        };
    }

    private Optional<AvailabilityConfig> availability(String projectKey) {
        Optional<String> json = sources.availability().json(projectKey);
        if (json.isEmpty()) {
            return Optional.of(AvailabilityConfig.everyoneAvailable());
        }
        try {
            return Optional.of(
                    AvailabilityConfig.parse(json.get(), "availability of project " + projectKey));
        } catch (IllegalArgumentException e) {
            log.warn(
                    "Stored availability of project {} is unreadable: {}",
                    projectKey,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private List<Agent> agents(List<String> pool, AvailabilityConfig availability) {
        List<Agent> agents = new ArrayList<>();
        for (AgentStatus status : sources.agents().statusOf(List.copyOf(pool))) {
            agents.add(
                    new Agent(
                            status.userKey(),
                            status.active(),
                            status.licensed(),
                            availability.capacityOf(status.userKey())));
        }
        return agents;
    }

    private static ExpertiseModel profileOf(ArchivedModelTriager.VersionedExpertise expertise) {
        return expertise == null ? NO_PROFILE : expertise.model();
    }

    private static Decision unassigned(
            Ticket ticket, ProjectConfig config, Instant now, String whyKey) {
        return new Decision(
                ticket.key(),
                now,
                strategyOf(config.assignmentStrategy()),
                Outcome.UNASSIGNED,
                null,
                0,
                Explanation.of(whyKey),
                List.of());
    }

    /** Where the router reads agents, workload, availability and the assignments given. */
    record Sources(
            AgentDirectory agents,
            WorkloadSource workload,
            AvailabilityStore availability,
            AuditLog decisions) {}
}
