/**
 * Text cleaning, personal-data redaction and feature tokens for request text.
 *
 * <p>{@link io.smarttriage.text.TextPipeline} is the entry point: it redacts personal data and
 * secrets first ({@link io.smarttriage.text.Redactor}), strips HTML and Jira wiki markup, reduces
 * stack traces and pasted logs to signature tokens, and builds a ticket's feature tokens as a
 * {@link io.smarttriage.text.FeatureSpec} asks.
 */
package io.smarttriage.text;
