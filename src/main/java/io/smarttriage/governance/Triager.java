package io.smarttriage.governance;

import io.smarttriage.domain.Ticket;
import java.util.List;

/** Port: the model that predicts the target fields of a request. */
public interface Triager {

    /** Returns at most one prediction per target field; an abstention has a {@code null} value. */
    List<FieldPrediction> predict(Ticket ticket);
}
