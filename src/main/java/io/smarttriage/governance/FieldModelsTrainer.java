package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.model.FieldModel;
import io.smarttriage.model.FieldModelTrainer;
import io.smarttriage.model.TrainingOptions;
import io.smarttriage.routing.ExpertiseCodec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one {@link FieldModel} per target field with default options and bundles them with the
 * assignee expertise profile learned from the same history (see {@link ExpertiseProfiles}); a field
 * with fewer than two distinct values in the history is left out.
 */
public class FieldModelsTrainer implements ModelTrainer {
    private static final Logger log = LoggerFactory.getLogger(FieldModelsTrainer.class);

    @Override
    public byte[] train(List<Ticket> history) {
        Map<TargetField, FieldModel> models = new EnumMap<>(TargetField.class);
        for (TargetField field : TargetField.values()) {
            try {
                models.put(
                        field,
                        FieldModelTrainer.train(history, field, TrainingOptions.defaults(field)));
            } catch (IllegalArgumentException e) {
                log.info("No {} model: {}", field, e.getMessage());
            }
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException(
                    "no field has two distinct values in " + history.size() + " requests");
        }
        return ModelBundle.write(models, ExpertiseCodec.write(ExpertiseProfiles.learn(history)));
    }

    @Override
    public String describe() {
        return FieldModelTrainer.class.getName()
                + " per field, default options; assignee expertise profile";
    }
}
