package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.List;

/** Trains the classifier of one target field from labelled history; the runner's model port. */
interface FieldTrainer {

    /**
     * Trains a classifier for {@code field}.
     *
     * @param field the field to predict
     * @param history training tickets, each with a value for {@code field}
     * @param seed seed for any randomness in training
     */
    FieldClassifier train(TargetField field, List<Ticket> history, long seed);
}
