package io.smarttriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ModelStoreTest {

    @Test
    void givenSavedModel_load_givesExactlySamePredictions() throws IOException {
        FieldModel model =
                FieldModelTrainer.train(
                        SyntheticTickets.generate(300, 3),
                        TargetField.CATEGORY,
                        TrainingOptions.defaults(TargetField.CATEGORY));
        List<Ticket> probes = SyntheticTickets.generate(60, 11);

        FieldModel loaded = ModelStore.load(new ByteArrayInputStream(bytes(model)));

        assertThat(probes.stream().map(loaded::predict).toList())
                .isEqualTo(probes.stream().map(model::predict).toList());
        assertThat(loaded.provenance()).isEqualTo(model.provenance());
    }

    @Test
    void givenEvaluationFigures_saveAndLoad_keepsThemInProvenance() throws IOException {
        FieldModel model =
                FieldModelTrainer.train(
                                SyntheticTickets.generate(90, 3),
                                TargetField.CATEGORY,
                                TrainingOptions.defaults(TargetField.CATEGORY))
                        .withEvaluation(Map.of("test.macroF1", 0.5));

        FieldModel loaded = ModelStore.load(new ByteArrayInputStream(bytes(model)));

        assertThat(loaded.provenance().evaluation()).containsEntry("test.macroF1", 0.5);
    }

    @Test
    void givenOtherFormatVersion_load_failsNamingBothVersions() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
            data.writeInt(ModelStore.MAGIC);
            data.writeInt(ModelStore.FORMAT_VERSION + 1);
        }

        Throwable thrown =
                catchThrowable(() -> ModelStore.load(new ByteArrayInputStream(out.toByteArray())));

        assertThat(thrown)
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("format version " + (ModelStore.FORMAT_VERSION + 1))
                .hasMessageContaining("reads format version " + ModelStore.FORMAT_VERSION);
    }

    @Test
    void givenBytesThatAreNoModel_load_failsSayingSo() {
        byte[] text = "Issue key,Summary\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> ModelStore.load(new ByteArrayInputStream(text)));

        assertThat(thrown)
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("not a Smart Triage model");
    }

    private static byte[] bytes(FieldModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelStore.save(model, out);
        return out.toByteArray();
    }
}
