package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchivedModelTriagerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    private final MemoryModelArchive archive = new MemoryModelArchive();

    @Test
    void givenModelTrainedAndStored_predict_usesItWithVersionAndExplanation() {
        FieldModelsTrainer trainer = new FieldModelsTrainer();
        byte[] bundle = trainer.train(history());
        archive.save(new StoredModel(0L, "HELP", T0, "{}", bundle));
        ArchivedModelTriager triager = new ArchivedModelTriager(archive);

        List<FieldPrediction> predictions = triager.predict(request("total outage of the vpn"));

        FieldPrediction priority =
                predictions.stream()
                        .filter(p -> p.field() == TargetField.PRIORITY)
                        .findFirst()
                        .orElseThrow();
        assertThat(priority.value()).isEqualTo("High");
        assertThat(priority.modelVersion()).isEqualTo("HELP-1");
        assertThat(priority.explanation().phrases())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.key()).isEqualTo("smarttriage.why.model.terms");
                            assertThat(p.args().get(0)).contains("outage");
                        });
    }

    @Test
    void givenModelTrainedAndStored_expertise_comesWithTheSameVersionAndKnowsTheAssignees() {
        byte[] bundle = new FieldModelsTrainer().train(history());
        archive.save(new StoredModel(0L, "HELP", T0, "{}", bundle));
        ArchivedModelTriager triager = new ArchivedModelTriager(archive);

        Optional<ArchivedModelTriager.VersionedExpertise> expertise = triager.expertise("HELP");

        assertThat(expertise).isPresent();
        assertThat(expertise.get().version()).isEqualTo("HELP-1");
        assertThat(expertise.get().model().evidenceOf("oncall")).isEqualTo(120);
    }

    @Test
    void givenBundleStoredWithoutProfile_expertise_isEmpty() {
        archive.save(new StoredModel(0L, "HELP", T0, "{}", ModelBundle.write(Map.of())));
        ArchivedModelTriager triager = new ArchivedModelTriager(archive);

        Optional<ArchivedModelTriager.VersionedExpertise> expertise = triager.expertise("HELP");

        assertThat(expertise).isEmpty();
    }

    @Test
    void givenNoStoredModel_predict_abstainsOnEveryField() {
        ArchivedModelTriager triager = new ArchivedModelTriager(archive);

        List<FieldPrediction> predictions = triager.predict(request("printer jam"));

        assertThat(predictions).hasSize(TargetField.values().length);
        assertThat(predictions).allMatch(FieldPrediction::abstained);
    }

    private static List<Ticket> history() {
        List<Ticket> tickets = new ArrayList<>();
        String[] urgent = {"outage", "down", "outage", "crash"};
        String[] calm = {"password", "question", "reset", "howto"};
        for (int i = 0; i < 240; i++) {
            boolean high = i % 2 == 0;
            String word = high ? urgent[i % 4] : calm[i % 4];
            tickets.add(
                    Ticket.builder("HELP-" + i, T0.plusSeconds(3600L * i))
                            .project("HELP")
                            .summary(word + " number " + (i % 7))
                            .description("the " + word + " affects team " + (i % 5))
                            .priority(high ? "High" : "Low")
                            .assignee(high ? "oncall" : "desk")
                            .build());
        }
        return tickets;
    }

    private static Ticket request(String summary) {
        return Ticket.builder("HELP-999", T0).project("HELP").summary(summary).build();
    }
}
