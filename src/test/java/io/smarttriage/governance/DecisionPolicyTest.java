package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionPolicyTest {
    private final DecisionPolicy policy = new DecisionPolicy();

    @Test
    void givenOffMode_decide_skipsBecauseOfMode() {
        FieldSettings off = settings(FieldMode.OFF);

        Verdict verdict = policy.decide(prediction("High", 0.99), off, FieldState.empty());

        assertThat(verdict).isEqualTo(new Verdict(Action.SKIP, Reason.MODE));
    }

    @Test
    void givenFieldTheIssueDoesNotHave_decide_skipsAsUnavailableEvenInShadowMode() {
        FieldSettings shadow = settings(FieldMode.SHADOW);
        FieldState none =
                FieldState.unavailable(Explanation.text("project HELP is not a service desk"));

        Verdict verdict = policy.decide(prediction("12", 0.99), shadow, none);

        assertThat(verdict).isEqualTo(new Verdict(Action.SKIP, Reason.FIELD_UNAVAILABLE));
    }

    @Test
    void givenAbstention_decide_skipsAsAbstained() {
        FieldSettings auto = settings(FieldMode.AUTO);

        Verdict verdict = policy.decide(prediction(null, 0.0), auto, FieldState.empty());

        assertThat(verdict).isEqualTo(new Verdict(Action.SKIP, Reason.ABSTAINED));
    }

    @Test
    void givenShadowModeAndConfidentPrediction_decide_onlyRecords() {
        FieldSettings shadow = settings(FieldMode.SHADOW);

        Verdict verdict = policy.decide(prediction("High", 0.99), shadow, FieldState.empty());

        assertThat(verdict).isEqualTo(new Verdict(Action.RECORD_ONLY, Reason.MODE));
    }

    @Test
    void givenAutoModeAndConfidentPrediction_decide_applies() {
        FieldSettings auto = settings(FieldMode.AUTO);

        Verdict verdict = policy.decide(prediction("High", 0.95), auto, FieldState.empty());

        assertThat(verdict).isEqualTo(new Verdict(Action.APPLY, Reason.MODE));
    }

    @Test
    void givenAutoModeBelowThreshold_decide_onlyRecords() {
        FieldSettings auto = settings(FieldMode.AUTO);

        Verdict verdict = policy.decide(prediction("High", 0.79), auto, FieldState.empty());

        assertThat(verdict).isEqualTo(new Verdict(Action.RECORD_ONLY, Reason.BELOW_THRESHOLD));
    }

    @Test
    void givenValueSetByPerson_decideInAutoMode_suggestsInsteadOfOverwriting() {
        FieldState personSet = new FieldState("Low", true, Set.of());

        Verdict verdict =
                policy.decide(prediction("High", 0.95), settings(FieldMode.AUTO), personSet);

        assertThat(verdict).isEqualTo(new Verdict(Action.SUGGEST, Reason.SET_BY_PERSON));
    }

    @Test
    void givenValueRejectedBefore_decideInAutoMode_skipsIt() {
        FieldState rejectedHigh = new FieldState(null, false, Set.of("High"));

        Verdict verdict =
                policy.decide(prediction("High", 0.99), settings(FieldMode.AUTO), rejectedHigh);

        assertThat(verdict).isEqualTo(new Verdict(Action.SKIP, Reason.REJECTED_BEFORE));
    }

    @Test
    void givenFieldAlreadyHoldsValue_decideInSuggestMode_onlyRecords() {
        FieldState same = new FieldState("High", false, Set.of());

        Verdict verdict =
                policy.decide(prediction("High", 0.99), settings(FieldMode.SUGGEST), same);

        assertThat(verdict).isEqualTo(new Verdict(Action.RECORD_ONLY, Reason.SAME_AS_CURRENT));
    }

    @Test
    void givenSuggestModeAndConfidentPrediction_decide_suggests() {
        FieldSettings suggest = settings(FieldMode.SUGGEST);

        Verdict verdict = policy.decide(prediction("High", 0.9), suggest, FieldState.empty());

        assertThat(verdict).isEqualTo(new Verdict(Action.SUGGEST, Reason.MODE));
    }

    private static FieldSettings settings(FieldMode mode) {
        return new FieldSettings(mode, 0.8, 0.85);
    }

    private static FieldPrediction prediction(String value, double confidence) {
        return new FieldPrediction(TargetField.PRIORITY, value, confidence, "v1", Explanation.NONE);
    }
}
