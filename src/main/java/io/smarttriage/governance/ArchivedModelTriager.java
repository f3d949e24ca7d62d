package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.model.FieldModel;
import io.smarttriage.model.Prediction;
import io.smarttriage.routing.ExpertiseCodec;
import io.smarttriage.routing.ExpertiseModel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Predicts with the newest model stored for the request's project. Every node reads the version
 * from the shared archive (see {@link LatestModels}) and decodes a model once per version. The
 * model's label is passed on with its calibrated confidence; the project's threshold decides.
 * Without a stored model every field abstains.
 */
public class ArchivedModelTriager implements Triager {
    /** How long a node serves a model before it checks for a newer version. */
    public static final Duration RECHECK = Duration.ofMinutes(1);

    private final LatestModels latest;
    private final Map<String, Decoded> decoded = new ConcurrentHashMap<>();
    private final Triager fallback = new AbstainingTriager();

    /** Creates a triager over the shared model archive. */
    public ArchivedModelTriager(ModelArchive archive) {
        this(archive, Clock.systemUTC(), RECHECK);
    }

    private ArchivedModelTriager(ModelArchive archive, Clock clock, Duration recheck) {
        this.latest = new LatestModels(archive, clock, recheck);
    }

    /**
     * Returns a triager that checks for a newer version after {@code recheck} on {@code clock} (a
     * factory, so that the host's constructor injection still finds one public constructor).
     */
    public static ArchivedModelTriager rechecking(
            ModelArchive archive, Clock clock, Duration recheck) {
        return new ArchivedModelTriager(archive, clock, recheck);
    }

    @Override
    public List<FieldPrediction> predict(Ticket ticket) {
        Optional<StoredModel> stored =
                ticket.project() == null ? Optional.empty() : latest.current(ticket.project());
        if (stored.isEmpty()) {
            return fallback.predict(ticket);
        }
        String version = versionOf(stored.get());
        List<FieldPrediction> predictions = new ArrayList<>();
        decode(stored.get())
                .models()
                .forEach((field, model) -> predictions.add(predict(field, model, ticket, version)));
        return predictions;
    }

    /**
     * Returns the expertise profile stored with the project's newest model, with that model's
     * version; empty without a stored model or when the model was stored without a profile.
     */
    public Optional<VersionedExpertise> expertise(String projectKey) {
        return latest.current(projectKey)
                .flatMap(
                        stored ->
                                decode(stored)
                                        .expertise()
                                        .map(e -> new VersionedExpertise(versionOf(stored), e)));
    }

    private static String versionOf(StoredModel stored) {
        return stored.scope() + "-" + stored.version();
    }

    private Decoded decode(StoredModel stored) {
        Decoded known = decoded.get(stored.scope());
        if (known == null || known.version() != stored.version()) {
            known =
                    new Decoded(
                            stored.version(),
                            ModelBundle.read(stored.bytes()),
                            ModelBundle.expertise(stored.bytes()).map(ExpertiseCodec::read));
            decoded.put(stored.scope(), known);
        }
        return known;
    }

    private static FieldPrediction predict(
            TargetField field, FieldModel model, Ticket ticket, String version) {
        Prediction p = model.predict(ticket);
        return new FieldPrediction(field, p.label(), p.confidence(), version, p.why());
    }

    /**
     * An expertise profile and the version of the model it was stored with.
     *
     * @param version the model version, as in {@link FieldPrediction#modelVersion()}
     * @param model the profile; shared, so only read from it
     */
    public record VersionedExpertise(String version, ExpertiseModel model) {}

    private record Decoded(
            long version,
            Map<TargetField, FieldModel> models,
            Optional<ExpertiseModel> expertise) {}
}
