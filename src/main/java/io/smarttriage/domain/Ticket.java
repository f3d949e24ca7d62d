package io.smarttriage.domain;

import java.time.Instant;
import java.util.List;

/**
 * One service request as the triage core sees it, whatever export or event it came from.
 *
 * <p>Text fields are raw (not yet cleaned or redacted); absent values are {@code null} for single
 * values and empty lists for multi-valued fields. {@code category} holds the request type or
 * category, {@code assignee} and {@code reporter} hold user keys or names exactly as the source
 * gave them.
 *
 * @param key issue key such as {@code HELP-42}, never blank
 * @param project project key
 * @param created creation time, or {@code null} when the source has none (e.g. a text-only category
 *     export)
 * @param resolved resolution time, or {@code null} while unresolved
 * @param summary one-line title
 * @param description body text, possibly wiki markup or HTML
 * @param environment free-text environment
 * @param reporter reporter user key or name
 * @param assignee assignee user key or name
 * @param priority priority name
 * @param category request type or category name
 * @param components component names
 * @param labels labels
 * @param affectsVersions affected version names
 */
public record Ticket(
        String key,
        String project,
        Instant created,
        Instant resolved,
        String summary,
        String description,
        String environment,
        String reporter,
        String assignee,
        String priority,
        String category,
        List<String> components,
        List<String> labels,
        List<String> affectsVersions) {

    /** Checks the key and copies the lists. */
    public Ticket {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("ticket key must not be blank, was '" + key + "'");
        }
        components = components == null ? List.of() : List.copyOf(components);
        labels = labels == null ? List.of() : List.copyOf(labels);
        affectsVersions = affectsVersions == null ? List.of() : List.copyOf(affectsVersions);
    }

    /** Returns a builder for tests and adapters that fill fields one at a time. */
    public static TicketBuilder builder(String key, Instant created) {
        return new TicketBuilder(key, created);
    }
}
