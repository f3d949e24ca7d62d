package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import io.smarttriage.text.FeatureField;
import io.smarttriage.text.FeatureSpec;
import io.smarttriage.text.TextPipeline;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * The distinct text tokens of a request from the shared (cleaned, redacted) text pipeline: summary,
 * description, environment and trace signatures; fields the router reads on its own (project,
 * components, labels, versions) are left out.
 */
public final class PipelineTokens implements Function<Ticket, List<String>> {
    private final TextPipeline pipeline =
            new TextPipeline(
                    FeatureSpec.all()
                            .without(
                                    FeatureField.PROJECT,
                                    FeatureField.COMPONENT,
                                    FeatureField.LABEL,
                                    FeatureField.VERSION)
                            .withBigrams(false));

    @Override
    public List<String> apply(Ticket ticket) {
        return List.copyOf(new LinkedHashSet<>(pipeline.tokens(ticket)));
    }
}
