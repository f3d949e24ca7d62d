package io.smarttriage.text;

import io.smarttriage.domain.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the feature tokens of a ticket: marked summary words ({@code s:word}), plain description
 * words, marked environment words ({@code e:word}), optional bigrams joined by {@code +}, signature
 * tokens, then categorical tokens {@code project=}, {@code component=}, {@code label=} and {@code
 * version=} whose values have whitespace replaced by {@code _}. Labels are user-typed and go
 * through the redactor; the other values are admin-defined.
 */
final class FeatureTokens {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final FeatureSpec spec;
    private final TextPipeline pipeline;
    private final Tokenizer tokenizer = new Tokenizer();
    private final Redactor redactor = new Redactor();

    FeatureTokens(FeatureSpec spec, TextPipeline pipeline) {
        this.spec = spec;
        this.pipeline = pipeline;
    }

    List<String> of(Ticket ticket) {
        List<String> tokens = new ArrayList<>();
        Set<String> signatures = new LinkedHashSet<>();
        addText(FeatureField.SUMMARY, "s:", ticket.summary(), tokens, signatures);
        addText(FeatureField.DESCRIPTION, "", ticket.description(), tokens, signatures);
        addText(FeatureField.ENVIRONMENT, "e:", ticket.environment(), tokens, signatures);
        if (spec.includes(FeatureField.SIGNATURES)) {
            tokens.addAll(signatures);
        }
        addCategory(FeatureField.PROJECT, "project=", nullable(ticket.project()), tokens);
        addCategory(FeatureField.COMPONENT, "component=", ticket.components(), tokens);
        addCategory(FeatureField.LABEL, "label=", redacted(ticket.labels()), tokens);
        addCategory(FeatureField.VERSION, "version=", ticket.affectsVersions(), tokens);
        return tokens;
    }

    private void addText(
            FeatureField field,
            String marker,
            String raw,
            List<String> tokens,
            Set<String> signatures) {
        boolean wantWords = spec.includes(field);
        if (!wantWords && !spec.includes(FeatureField.SIGNATURES) || raw == null) {
            return;
        }
        CleanText clean = pipeline.analyse(raw);
        signatures.addAll(clean.signatures());
        if (!wantWords) {
            return;
        }
        String prose = TextWindow.head(clean.prose(), TextPipeline.WORD_WINDOW);
        List<String> words = tokenizer.tokens(prose);
        for (String word : words) {
            tokens.add(marker + word);
        }
        if (spec.bigrams() && field != FeatureField.ENVIRONMENT) {
            for (int i = 1; i < words.size(); i++) {
                tokens.add(marker + words.get(i - 1) + "+" + words.get(i));
            }
        }
    }

    private void addCategory(
            FeatureField field, String prefix, List<String> values, List<String> tokens) {
        if (!spec.includes(field)) {
            return;
        }
        for (String value : values) {
            String normal = value == null ? "" : WHITESPACE.matcher(value.strip()).replaceAll("_");
            if (!normal.isEmpty()) {
                tokens.add(prefix + normal);
            }
        }
    }

    private List<String> redacted(List<String> values) {
        return values.stream().map(value -> redactor.redact(value).text()).toList();
    }

    private static List<String> nullable(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
