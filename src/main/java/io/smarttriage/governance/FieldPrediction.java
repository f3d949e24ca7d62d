package io.smarttriage.governance;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import java.util.Objects;

/**
 * What the model says about one field of one request.
 *
 * @param field the predicted field
 * @param value the predicted value, or {@code null} when the model abstains
 * @param confidence calibrated probability (0 to 1) that the value is right
 * @param modelVersion version of the model that made the prediction
 * @param explanation why, for agents: e.g. the words that weighed most; no other request text
 */
public record FieldPrediction(
        TargetField field,
        String value,
        double confidence,
        String modelVersion,
        Explanation explanation) {

    /** Checks the field and that the confidence is a probability. */
    public FieldPrediction {
        Objects.requireNonNull(field, "field");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException(
                    "confidence of " + field + " must be between 0 and 1, got " + confidence);
        }
        modelVersion = modelVersion == null ? "" : modelVersion;
        explanation = explanation == null ? Explanation.NONE : explanation;
    }

    /** Returns whether the model declined to predict a value. */
    public boolean abstained() {
        return value == null || value.isBlank();
    }
}
