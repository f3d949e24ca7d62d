package io.smarttriage.text;

/** A part of a ticket that {@link TextPipeline#tokens} can turn into feature tokens. */
public enum FeatureField {
    /** Summary words, marked {@code s:word}. */
    SUMMARY,
    /** Description words, unmarked. */
    DESCRIPTION,
    /** Environment words, marked {@code e:word}. */
    ENVIRONMENT,
    /** Stack-trace and log signature tokens from summary, description and environment. */
    SIGNATURES,
    /** {@code project=KEY}. */
    PROJECT,
    /** {@code component=Name}, one per component. */
    COMPONENT,
    /** {@code label=name}, one per label. */
    LABEL,
    /** {@code version=1.2}, one per affected version. */
    VERSION
}
