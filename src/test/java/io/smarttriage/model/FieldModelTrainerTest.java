package io.smarttriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldModelTrainerTest {
    private static final TrainingOptions OPTIONS = TrainingOptions.defaults(TargetField.CATEGORY);

    @Test
    void givenKeywordTickets_predict_choosesCategoryOfKeywords() {
        FieldModel model = train(OPTIONS);

        Prediction prediction = model.predict(SyntheticTickets.withText("NEW-1", "laptop screen"));

        assertThat(prediction.label()).isEqualTo("Hardware");
        assertThat(prediction.ranked().get(0).label()).isEqualTo("Hardware");
    }

    @Test
    void givenPrediction_explanation_namesTheTermsThatPushedIt() {
        FieldModel model = train(OPTIONS);

        Prediction prediction =
                model.predict(SyntheticTickets.withText("NEW-2", "please password locked"));

        assertThat(prediction.explanation()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(prediction.explanation().get(0).term())
                .isIn(
                        "s:password",
                        "s:locked",
                        "s:password+locked",
                        "password",
                        "locked",
                        "password+locked");
    }

    @Test
    void givenPrediction_why_namesTheSameTermsUnderTheModelTermsKey() {
        FieldModel model = train(OPTIONS);
        Prediction prediction =
                model.predict(SyntheticTickets.withText("NEW-2", "please password locked"));

        Explanation why = prediction.why();

        assertThat(why.phrases())
                .containsExactly(
                        Phrase.of(
                                "smarttriage.why.model.terms",
                                String.join(
                                        ", ",
                                        prediction.explanation().stream()
                                                .map(Prediction.Contribution::term)
                                                .toList())));
    }

    @Test
    void givenNoTermPushingTheValue_why_saysNothing() {
        Prediction prediction = new Prediction("Hardware", 0.4, true, List.of(), List.of());

        Explanation why = prediction.why();

        assertThat(why).isEqualTo(Explanation.NONE);
    }

    @Test
    void givenPrediction_probabilities_sumToAtMostOneAndConfidenceIsTop() {
        FieldModel model = train(OPTIONS);

        Prediction prediction = model.predict(SyntheticTickets.withText("NEW-3", "order buy"));

        double sum =
                prediction.ranked().stream().mapToDouble(Prediction.ScoredLabel::probability).sum();
        assertThat(sum).isLessThanOrEqualTo(1.0 + 1e-9);
        assertThat(prediction.confidence()).isEqualTo(prediction.ranked().get(0).probability());
    }

    @Test
    void givenTextWithNoKnownTerm_predict_abstains() {
        FieldModel model = train(OPTIONS);

        Prediction prediction = model.predict(SyntheticTickets.withText("NEW-4", "zebra"));

        assertThat(prediction.abstained()).isTrue();
    }

    @Test
    void givenSameSeed_train_givesSamePredictions() {
        List<Ticket> probes = SyntheticTickets.generate(30, 99);

        List<Prediction> first = probes.stream().map(train(OPTIONS)::predict).toList();
        List<Prediction> second = probes.stream().map(train(OPTIONS)::predict).toList();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void givenTraining_provenance_recordsCountsWindowAndOptions() {
        List<Ticket> history = SyntheticTickets.generate(90, 7);

        Provenance provenance =
                FieldModelTrainer.train(history, TargetField.CATEGORY, OPTIONS).provenance();

        assertThat(provenance.rows()).isEqualTo(90);
        assertThat(provenance.classCounts()).containsEntry("Access", 30).hasSize(3);
        assertThat(provenance.firstCreated()).isEqualTo(history.get(0).created().toString());
        assertThat(provenance.options()).isEqualTo(OPTIONS);
        assertThat(provenance.formatVersion()).isEqualTo(ModelStore.FORMAT_VERSION);
        assertThat(provenance.evaluation()).containsKey("heldOut.accuracy");
    }

    @Test
    void givenOneDistinctValue_train_failsNamingFieldAndValue() {
        List<Ticket> history =
                List.of(
                                SyntheticTickets.withText("A-1", "x"),
                                SyntheticTickets.withText("A-2", "y"))
                        .stream()
                        .map(
                                t ->
                                        Ticket.builder(t.key(), t.created())
                                                .summary(t.summary())
                                                .category("Access")
                                                .build())
                        .toList();

        Throwable thrown =
                catchThrowable(
                        () -> FieldModelTrainer.train(history, TargetField.CATEGORY, OPTIONS));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CATEGORY")
                .hasMessageContaining("[Access]");
    }

    private static FieldModel train(TrainingOptions options) {
        return FieldModelTrainer.train(
                SyntheticTickets.generate(300, 7), TargetField.CATEGORY, options);
    }
}
