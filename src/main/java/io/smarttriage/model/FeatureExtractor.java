package io.smarttriage.model;

import io.smarttriage.domain.Ticket;
import java.util.List;

/**
 * Turns a ticket into the tokens a model learns from. Word tokens next to each other also form
 * bigrams; tokens that contain {@code ':'} are field tags (e.g. {@code project:HIVE}) and never
 * join a bigram.
 */
public interface FeatureExtractor {

    /** Returns a stable name of this extractor, stored with every model trained on it. */
    String id();

    /**
     * Returns the tokens of {@code ticket}, already cleaned and redacted.
     *
     * @param ticket the request
     * @return its tokens in text order, never {@code null}
     */
    List<String> tokens(Ticket ticket);
}
