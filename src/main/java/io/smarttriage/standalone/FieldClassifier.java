package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;

/** A trained classifier of one field, as the runner uses it: one ticket at a time. */
interface FieldClassifier {

    /** Predicts the field's value for a ticket as it would arrive, with a confidence in [0, 1]. */
    Prediction predict(Ticket ticket);

    /** Returns the confidence below which the shipped app abstains for this field. */
    double threshold();

    /**
     * A predicted label and how sure the classifier is of it.
     *
     * @param label predicted value
     * @param confidence probability that the label is right, in [0, 1]
     */
    record Prediction(String label, double confidence) {}
}
