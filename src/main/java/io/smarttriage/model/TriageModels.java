package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The models of several fields predicting one request together, so the text pipeline runs once per
 * request instead of once per model. Gives exactly what each model's own {@link FieldModel#predict}
 * gives.
 */
public final class TriageModels {
    private final List<FieldModel> models;
    private final TicketFeatures full =
            (TicketFeatures) TicketFeatures.forField(TargetField.PRIORITY);

    /**
     * Groups the models.
     *
     * @param models at most one model per field, each with the standard features
     * @throws IllegalArgumentException when a field repeats or a model has other features
     */
    public TriageModels(List<FieldModel> models) {
        this.models = List.copyOf(models);
        if (models.stream().map(FieldModel::field).distinct().count() != models.size()) {
            throw new IllegalArgumentException(
                    "one model per field, got fields "
                            + models.stream().map(FieldModel::field).toList());
        }
        for (FieldModel model : models) {
            if (!(model.features() instanceof TicketFeatures)) {
                throw new IllegalArgumentException(
                        "the "
                                + model.field()
                                + " model uses features '"
                                + model.features().id()
                                + "', not the standard ticket features");
            }
        }
    }

    /** Returns each model's prediction for {@code ticket}, by field. */
    public Map<TargetField, Prediction> predict(Ticket ticket) {
        List<String> tokens = full.tokens(ticket);
        Map<TargetField, Prediction> predictions = new EnumMap<>(TargetField.class);
        for (FieldModel model : models) {
            TicketFeatures own = (TicketFeatures) model.features();
            predictions.put(model.field(), model.predict(ticket, own.fromFullTokens(tokens)));
        }
        return predictions;
    }
}
