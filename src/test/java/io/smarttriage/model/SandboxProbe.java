package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import java.nio.file.Path;

/** Child-process entry point for {@link WekaSandboxTest}: trains, saves, loads and predicts. */
final class SandboxProbe {
    private SandboxProbe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).resolve("category.model");
        FieldModel model =
                FieldModelTrainer.train(
                        SyntheticTickets.generate(120, 5),
                        TargetField.CATEGORY,
                        TrainingOptions.defaults(TargetField.CATEGORY));
        ModelStore.save(model, file);
        Prediction prediction =
                ModelStore.load(file).predict(SyntheticTickets.withText("P-1", "laptop"));
        System.out.println("probe predicted " + prediction.label());
    }
}
