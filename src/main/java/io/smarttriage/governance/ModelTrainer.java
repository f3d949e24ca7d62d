package io.smarttriage.governance;

import io.smarttriage.domain.Ticket;
import java.util.List;

/** Port: trains a model on resolved requests whose fields hold the values people chose. */
public interface ModelTrainer {

    /** Returns the serialized model trained on {@code history}. */
    byte[] train(List<Ticket> history);

    /** Describes the learner and its settings for the model's provenance, e.g. a class name. */
    String describe();
}
