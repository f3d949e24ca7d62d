package io.smarttriage.standalone;

/**
 * A requested field the backtest could not measure, and why.
 *
 * @param field field name in lower case
 * @param reason why it was skipped
 * @param description the reason in plain words
 */
record SkippedField(String field, SkipReason reason, String description) {

    SkippedField(String field, SkipReason reason) {
        this(field, reason, reason.description());
    }
}
