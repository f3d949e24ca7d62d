package io.smarttriage.standalone;

/**
 * A requested field the backtest could not measure, and why.
 *
 * @param field field name in lower case
 * @param reason plain-language reason, e.g. no labelled training rows
 */
record SkippedField(String field, String reason) {}
