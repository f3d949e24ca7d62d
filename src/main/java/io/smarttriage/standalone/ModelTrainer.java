package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.model.FieldModel;
import io.smarttriage.model.FieldModelTrainer;
import io.smarttriage.model.TrainingOptions;
import java.util.List;

/** Trains the app's calibrated per-field models ({@link FieldModelTrainer}) for the runner. */
final class ModelTrainer implements FieldTrainer {

    @Override
    public FieldClassifier train(TargetField field, List<Ticket> history, long seed) {
        TrainingOptions options = TrainingOptions.defaults(field).withSeed(seed);
        return new Trained(FieldModelTrainer.train(history, field, options));
    }

    /** A trained field model seen through the runner's port. */
    private record Trained(FieldModel model) implements FieldClassifier {

        @Override
        public Prediction predict(Ticket ticket) {
            io.smarttriage.model.Prediction prediction = model.predict(ticket);
            return new Prediction(prediction.label(), prediction.confidence());
        }

        @Override
        public double threshold() {
            return model.threshold();
        }
    }
}
