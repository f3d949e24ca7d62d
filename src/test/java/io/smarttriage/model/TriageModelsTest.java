package io.smarttriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriageModelsTest {

    @Test
    void givenComponentAndPriorityModels_predict_matchesEachModelAlone() {
        List<Ticket> history = SyntheticTickets.generate(240, 13);
        FieldModel component =
                FieldModelTrainer.train(
                        history,
                        TargetField.COMPONENT,
                        TrainingOptions.defaults(TargetField.COMPONENT));
        FieldModel priority =
                FieldModelTrainer.train(
                        history,
                        TargetField.PRIORITY,
                        TrainingOptions.defaults(TargetField.PRIORITY));
        Ticket request = SyntheticTickets.generate(5, 17).get(4);

        Map<TargetField, Prediction> together =
                new TriageModels(List.of(component, priority)).predict(request);

        assertThat(together)
                .containsEntry(TargetField.COMPONENT, component.predict(request))
                .containsEntry(TargetField.PRIORITY, priority.predict(request));
    }
}
