package io.smarttriage.routing;

import io.smarttriage.domain.Ticket;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the router knows about a request when it arrives.
 *
 * @param key the issue key
 * @param project project key, or {@code null}
 * @param components component names
 * @param priority priority name, or {@code null}
 * @param category request type or category, or {@code null}
 * @param reporter reporter user key, or {@code null}
 * @param tokens distinct text tokens, in order of first appearance
 */
public record RequestFeatures(
        String key,
        String project,
        List<String> components,
        String priority,
        String category,
        String reporter,
        List<String> tokens) {

    /** Copies the lists. */
    public RequestFeatures {
        components = List.copyOf(components);
        tokens = List.copyOf(tokens);
    }

    /** Returns the features of a ticket with the given (already cleaned) text tokens. */
    public static RequestFeatures of(Ticket ticket, List<String> tokens) {
        Set<String> distinct = new LinkedHashSet<>(tokens);
        return new RequestFeatures(
                ticket.key(),
                ticket.project(),
                ticket.components(),
                ticket.priority(),
                ticket.category(),
                ticket.reporter(),
                List.copyOf(distinct));
    }
}
