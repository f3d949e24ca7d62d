package io.smarttriage.governance;

/**
 * A prediction together with the settings it was judged under and the verdict.
 *
 * @param prediction the model's prediction
 * @param settings the field's settings at decision time
 * @param verdict what to do and why
 */
public record FieldDecision(FieldPrediction prediction, FieldSettings settings, Verdict verdict) {}
