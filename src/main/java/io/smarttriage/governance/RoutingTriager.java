package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.model.ConfidenceMap;
import io.smarttriage.routing.Decision;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's triager: the field models of the newest stored model version predict every field but
 * the assignee, which the router chooses by the project's strategy from its agent pool, expertise
 * profile, current workload and availability (see {@link AssigneeRouter}). Without a stored model
 * the field models abstain, and the router still routes, every agent scored alike.
 *
 * <p>The request is routed as the Jira adapter reads it at creation: project, summary, description,
 * reporter, and the priority and components it was created with, which feed the profile's component
 * and priority terms and the new request's workload weight.
 *
 * <p>Choosing an agent does not count the request as the agent's open work: only the writer that
 * makes the assignment does ({@link WorkloadSource#routed}), so routings recorded in shadow mode or
 * only suggested never weigh on an agent's load.
 */
public class RoutingTriager implements Triager {
    private final ArchivedModelTriager fields;
    private final ConfigStore configs;
    private final AssigneeRouter router;
    private final Clock clock;

    /**
     * Creates the triager over the shared model archive and the router's sources; the audit log
     * tells the router whom the app gave the latest requests to.
     */
    public RoutingTriager(
            ModelArchive archive,
            ConfigStore configs,
            AgentDirectory agents,
            WorkloadSource workload,
            AvailabilityStore availability,
            AuditLog decisions) {
        this(
                new ArchivedModelTriager(archive),
                configs,
                new AssigneeRouter.Sources(agents, workload, availability, decisions),
                Clock.systemUTC());
    }

    /**
     * Creates a triager that routes as of {@code clock}'s time (a replay of past requests sets it
     * to each request's creation); the field models come from {@code fields}.
     */
    public static RoutingTriager at(
            Clock clock,
            ArchivedModelTriager fields,
            ConfigStore configs,
            AgentDirectory agents,
            WorkloadSource workload,
            AvailabilityStore availability,
            AuditLog decisions) {
        return new RoutingTriager(
                fields,
                configs,
                new AssigneeRouter.Sources(agents, workload, availability, decisions),
                clock);
    }

    RoutingTriager(
            ArchivedModelTriager fields,
            ConfigStore configs,
            AssigneeRouter.Sources sources,
            Clock clock) {
        this.fields = fields;
        this.configs = configs;
        this.router = new AssigneeRouter(sources);
        this.clock = clock;
    }

    @Override
    public List<FieldPrediction> predict(Ticket ticket) {
        List<FieldPrediction> predictions = new ArrayList<>();
        for (FieldPrediction p : fields.predict(ticket)) {
            if (p.field() != TargetField.ASSIGNEE) {
                predictions.add(p);
            }
        }
        if (ticket.project() == null) {
            return predictions;
        }
        ProjectConfig config = configs.configFor(ticket.project());
        if (config.settings(TargetField.ASSIGNEE).mode() != FieldMode.OFF) {
            predictions.add(route(ticket, config));
        }
        return predictions;
    }

    private FieldPrediction route(Ticket ticket, ProjectConfig config) {
        ArchivedModelTriager.VersionedExpertise expertise =
                fields.expertise(config.projectKey()).orElse(null);
        Decision decision = router.decide(ticket, config, expertise, clock.instant());
        String version = expertise == null ? AbstainingTriager.VERSION : expertise.version();
        return RoutedPrediction.of(
                decision,
                version,
                expertise == null ? ConfidenceMap.IDENTITY : expertise.model().calibration());
    }
}
