package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard inputs of a field model: what is known when a request is created. Text of
 * summary, description and environment as words; project, labels, affected versions and (except
 * when predicting the component) components as tags. Never the reporter, assignee, status or
 * anything set later, and never the field being predicted.
 */
public final class TicketFeatures implements FeatureExtractor {
    /** Text beyond this many characters per field (long pasted logs) is not read. */
    static final int MAX_CHARS_PER_FIELD = 10_000;

    private final Tokenizer tokenizer = new Tokenizer();
    private final TargetField field;

    private TicketFeatures(TargetField field) {
        this.field = field;
    }

    /** Returns the standard extractor for models that predict {@code field}. */
    public static FeatureExtractor forField(TargetField field) {
        return new TicketFeatures(field);
    }

    @Override
    public String id() {
        return "ticket-words-v1/" + field.name();
    }

    @Override
    public List<String> tokens(Ticket ticket) {
        List<String> tokens = new ArrayList<>();
        addText(tokens, ticket.summary());
        addTags(tokens, "summary", ticket.summary());
        addText(tokens, ticket.description());
        addText(tokens, ticket.environment());
        addTag(tokens, "project", ticket.project());
        ticket.labels().forEach(label -> addTag(tokens, "label", label));
        ticket.affectsVersions().forEach(version -> addTag(tokens, "version", version));
        if (field != TargetField.COMPONENT) {
            ticket.components().forEach(component -> addTag(tokens, "component", component));
        }
        return tokens;
    }

    private void addText(List<String> tokens, String text) {
        if (text != null) {
            String head = text.length() > MAX_CHARS_PER_FIELD
                    ? text.substring(0, MAX_CHARS_PER_FIELD) : text;
            tokens.addAll(tokenizer.tokens(head));
        }
    }

    private void addTags(List<String> tokens, String name, String text) {
        if (text != null) {
            String head = text.length() > MAX_CHARS_PER_FIELD
                    ? text.substring(0, MAX_CHARS_PER_FIELD) : text;
            tokenizer.tokens(head).forEach(word -> tokens.add(name + ":" + word));
        }
    }

    private static void addTag(List<String> tokens, String name, String value) {
        if (value != null && !value.isBlank()) {
            tokens.add(name + ":" + value.strip());
        }
    }
}
