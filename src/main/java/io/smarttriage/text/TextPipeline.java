package io.smarttriage.text;

import io.smarttriage.domain.Ticket;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The single entry point that turns raw request text into what the models see.
 *
 * <p>{@link #clean} runs, in this order: redaction ({@link Redactor}, before anything else reads
 * the text), HTML to text (with a second redaction pass, since decoded entities can spell an
 * address), Jira wiki markup removal, stack-trace and log reduction ({@link TraceReducer}) and
 * whitespace normalisation. {@link #tokens} builds feature tokens from a ticket as {@link
 * FeatureSpec} asks; the reporter and assignee are never read.
 *
 * <p>Work per field is bounded: only the first {@value #TRACE_WINDOW} characters of a field are
 * cleaned at all (so traces and logs in that window give signatures), and words come from the first
 * {@value #WORD_WINDOW} characters of the cleaned prose. A multi-megabyte pasted log therefore
 * costs about as much as a quarter-megabyte one.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextPipeline {

    /** Characters of each raw field that are cleaned; the rest is ignored. */
    public static final int TRACE_WINDOW = 256 * 1024;

    /** Characters of cleaned prose per field that give word tokens. */
    public static final int WORD_WINDOW = 64 * 1024;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Redactor redactor = new Redactor();
    private final FeatureTokens featureTokens;

    /** Creates a pipeline that uses every field and no bigrams. */
    public TextPipeline() {
        this(FeatureSpec.all());
    }

    /** Creates a pipeline whose {@link #tokens} follow {@code spec}. */
    public TextPipeline(FeatureSpec spec) {
        this.featureTokens = new FeatureTokens(spec, this);
    }

    /** Returns the cleaned prose of {@code raw} followed by its signature tokens. */
    public String clean(String raw) {
        return analyse(raw).asString();
    }

    /** Returns the cleaned prose, signature tokens and redaction counts of {@code raw}. */
    public CleanText analyse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new CleanText("", List.of(), Map.of());
        }
        Redaction redaction = redactor.redact(TextWindow.head(raw, TRACE_WINDOW));
        Map<RedactionKind, Integer> counts = new EnumMap<>(RedactionKind.class);
        counts.putAll(redaction.counts());
        String text = redaction.text();
        if (HtmlText.isHtml(text)) {
            Redaction decoded = redactor.redact(HtmlText.toText(text));
            decoded.counts().forEach((kind, count) -> counts.merge(kind, count, Integer::sum));
            text = decoded.text();
        }
        CleanText reduced = TraceReducer.reduce(WikiMarkup.strip(text));
        String prose = WHITESPACE.matcher(reduced.prose()).replaceAll(" ").strip();
        return new CleanText(prose, reduced.signatures(), counts);
    }

    /** Returns the feature tokens of {@code ticket}; see {@link FeatureField} for the forms. */
    public List<String> tokens(Ticket ticket) {
        return featureTokens.of(ticket);
    }
}
