package io.smarttriage.governance;

import io.smarttriage.domain.Ticket;
import java.util.List;

/** The trainer used until a real learner is wired in: refuses to train, naming the reason. */
public class NoModelTrainer implements ModelTrainer {

    @Override
    public byte[] train(List<Ticket> history) {
        throw new IllegalStateException(
                "no model trainer is installed; " + history.size() + " requests left unused");
    }

    @Override
    public String describe() {
        return "none";
    }
}
