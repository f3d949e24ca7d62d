package io.smarttriage.governance;

/**
 * Decides what to do with a prediction: record it, suggest it, apply it or skip it.
 *
 * <p>Rules, in order: nothing happens in {@link FieldMode#OFF}; a field the issue does not have is
 * skipped; an abstention is skipped; shadow mode only records; a value a person rejected for this
 * issue is never offered again; a value the field already holds, or one below the confidence
 * threshold, is only recorded; suggest mode suggests; auto mode applies, except that a value a
 * person set is never overwritten (the prediction is suggested instead).
 */
public final class DecisionPolicy {

    /** Returns the verdict for one prediction under the given settings and field state. */
    public Verdict decide(FieldPrediction prediction, FieldSettings settings, FieldState state) {
        if (settings.mode() == FieldMode.OFF) {
            return new Verdict(Action.SKIP, Reason.MODE);
        }
        if (!state.available()) {
            return new Verdict(Action.SKIP, Reason.FIELD_UNAVAILABLE);
        }
        if (prediction.abstained()) {
            return new Verdict(Action.SKIP, Reason.ABSTAINED);
        }
        if (settings.mode() == FieldMode.SHADOW) {
            return new Verdict(Action.RECORD_ONLY, Reason.MODE);
        }
        if (state.rejectedValues().contains(prediction.value())) {
            return new Verdict(Action.SKIP, Reason.REJECTED_BEFORE);
        }
        if (prediction.value().equals(state.currentValue())) {
            return new Verdict(Action.RECORD_ONLY, Reason.SAME_AS_CURRENT);
        }
        if (prediction.confidence() < settings.threshold()) {
            return new Verdict(Action.RECORD_ONLY, Reason.BELOW_THRESHOLD);
        }
        return offerOrApply(settings.mode(), state);
    }

    private static Verdict offerOrApply(FieldMode mode, FieldState state) {
        if (mode == FieldMode.SUGGEST) {
            return new Verdict(Action.SUGGEST, Reason.MODE);
        }
        if (state.setByPerson() && state.currentValue() != null) {
            return new Verdict(Action.SUGGEST, Reason.SET_BY_PERSON);
        }
        return new Verdict(Action.APPLY, Reason.MODE);
    }
}
