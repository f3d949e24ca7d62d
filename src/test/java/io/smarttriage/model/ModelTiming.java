package io.smarttriage.model;

import io.smarttriage.domain.Ticket;
import java.util.List;

/** Splits a prediction into its two costs for the benchmark: text pipeline, then model. */
public final class ModelTiming {
    private ModelTiming() {}

    /** Returns the tokens {@code model} would make of {@code ticket} (the text pipeline). */
    public static List<String> tokens(FieldModel model, Ticket ticket) {
        return model.features().tokens(ticket);
    }

    /** Predicts from tokens already made by {@link #tokens}; the model part alone. */
    public static Prediction predict(FieldModel model, Ticket ticket, List<String> tokens) {
        return model.predict(ticket, tokens);
    }
}
