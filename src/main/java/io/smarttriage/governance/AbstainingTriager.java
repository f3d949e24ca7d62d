package io.smarttriage.governance;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.Arrays;
import java.util.List;

/**
 * The triager used while no trained model is available: abstains on every field, so decisions are
 * recorded as skipped and nothing reaches the issue.
 */
public class AbstainingTriager implements Triager {
    /** Model version recorded for its abstentions. */
    public static final String VERSION = "none";

    private static final Explanation NO_MODEL = Explanation.of("smarttriage.why.model.none");

    @Override
    public List<FieldPrediction> predict(Ticket ticket) {
        return Arrays.stream(TargetField.values())
                .map(f -> new FieldPrediction(f, null, 0.0, VERSION, NO_MODEL))
                .toList();
    }
}
