package io.smarttriage.model;

import io.smarttriage.domain.Ticket;
import java.util.List;

/** Turns a ticket into the terms a model learns from; each distinct token is one term. */
public interface FeatureExtractor {

    /** Returns a stable name of this extractor, stored with every model trained on it. */
    String id();

    /**
     * Returns the tokens of {@code ticket}, already cleaned and redacted, word pairs included.
     *
     * @param ticket the request
     * @return its tokens, never {@code null}
     */
    List<String> tokens(Ticket ticket);
}
