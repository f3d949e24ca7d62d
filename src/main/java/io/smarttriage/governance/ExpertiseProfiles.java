package io.smarttriage.governance;

import io.smarttriage.domain.Ticket;
import io.smarttriage.routing.AssigneeCalibration;
import io.smarttriage.routing.ExpertiseModel;
import io.smarttriage.routing.ExpertiseSettings;
import io.smarttriage.routing.PipelineTokens;
import io.smarttriage.routing.RequestFeatures;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds the expertise profile that is stored with a project's model version: who resolved which
 * kind of request, learned from resolved requests at retraining time. The same token pipeline
 * describes a request when it is learned and when it is routed.
 */
public final class ExpertiseProfiles {
    private static final PipelineTokens TOKENS = new PipelineTokens();

    private ExpertiseProfiles() {}

    /**
     * Learns every request with an assignee, oldest first, at its resolution time (its creation
     * time when the resolution time is unknown); requests without either time are left out. The
     * profile carries the calibration of its probabilities fitted on the same history.
     */
    public static ExpertiseModel learn(List<Ticket> history) {
        ExpertiseModel model = new ExpertiseModel(ExpertiseSettings.defaults());
        history.stream()
                .filter(t -> t.assignee() != null && !t.assignee().isBlank())
                .filter(t -> learnedAt(t) != null)
                .sorted(Comparator.comparing(ExpertiseProfiles::learnedAt))
                .forEach(t -> model.learn(t.assignee(), features(t), learnedAt(t)));
        model.calibrate(
                AssigneeCalibration.fit(history, ExpertiseProfiles::features, model.settings()));
        return model;
    }

    /** Returns the features the router reads from a request. */
    public static RequestFeatures features(Ticket ticket) {
        return RequestFeatures.of(ticket, TOKENS.apply(ticket));
    }

    private static Instant learnedAt(Ticket ticket) {
        return Objects.requireNonNullElse(ticket.resolved(), ticket.created());
    }
}
