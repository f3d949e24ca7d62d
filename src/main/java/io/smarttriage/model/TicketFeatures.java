package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.text.FeatureField;
import io.smarttriage.text.FeatureSpec;
import io.smarttriage.text.TextPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard inputs of a field model, from the text pipeline (redacted, markup stripped, traces
 * reduced to signatures): summary, description and environment words with word pairs (summary words
 * and pairs both marked as such and plain, so they also match body words), signatures, project,
 * labels, affected versions and, except when predicting the component, components. Only the first
 * {@value #MAX_CHARS} characters of each text field are read. The pipeline never reads the reporter
 * or assignee.
 */
public final class TicketFeatures implements FeatureExtractor {
    /** Characters read of each text field; what follows (long pasted logs) is ignored. */
    static final int MAX_CHARS = 10_000;

    private static final String SUMMARY_MARK = "s:";
    private static final String COMPONENT_MARK = "component=";

    private final TextPipeline pipeline;
    private final TargetField field;

    private TicketFeatures(TargetField field) {
        this.field = field;
        FeatureSpec spec = FeatureSpec.all().withBigrams(true);
        this.pipeline =
                new TextPipeline(
                        field == TargetField.COMPONENT
                                ? spec.without(FeatureField.COMPONENT)
                                : spec);
    }

    /** Returns the standard extractor for models that predict {@code field}. */
    public static FeatureExtractor forField(TargetField field) {
        return new TicketFeatures(field);
    }

    @Override
    public String id() {
        return "text-pipeline-v1+plain-summary+head10k/" + field.name();
    }

    @Override
    public List<String> tokens(Ticket ticket) {
        return withPlainSummary(pipeline.tokens(headOnly(ticket)));
    }

    /**
     * Returns the tokens this extractor makes of a ticket, given the tokens that the extractor of a
     * field using every input made of it: the same list, less components when this one predicts the
     * component.
     */
    List<String> fromFullTokens(List<String> full) {
        if (field != TargetField.COMPONENT) {
            return full;
        }
        return full.stream().filter(token -> !token.startsWith(COMPONENT_MARK)).toList();
    }

    private static List<String> withPlainSummary(List<String> tokens) {
        List<String> withPlainSummary = new ArrayList<>(tokens.size() * 3 / 2);
        withPlainSummary.addAll(tokens);
        for (String token : tokens) {
            if (token.startsWith(SUMMARY_MARK)) {
                withPlainSummary.add(token.substring(SUMMARY_MARK.length()));
            }
        }
        return withPlainSummary;
    }

    private static Ticket headOnly(Ticket t) {
        return new Ticket(
                t.key(),
                t.project(),
                t.created(),
                t.resolved(),
                head(t.summary()),
                head(t.description()),
                head(t.environment()),
                t.reporter(),
                t.assignee(),
                t.priority(),
                t.category(),
                t.components(),
                t.labels(),
                t.affectsVersions());
    }

    private static String head(String text) {
        return text == null || text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
}
