package io.smarttriage.domain;

import java.time.Instant;
import java.util.List;

/** Fills a {@link Ticket} one field at a time; unset fields stay absent. */
public final class TicketBuilder {
    private final String key;
    private final Instant created;
    private String project;
    private Instant resolved;
    private String summary;
    private String description;
    private String environment;
    private String reporter;
    private String assignee;
    private String priority;
    private String category;
    private List<String> components = List.of();
    private List<String> labels = List.of();
    private List<String> affectsVersions = List.of();

    TicketBuilder(String key, Instant created) {
        this.key = key;
        this.created = created;
    }

    public TicketBuilder project(String value) {
        project = value;
        return this;
    }

    public TicketBuilder resolved(Instant value) {
        resolved = value;
        return this;
    }

    public TicketBuilder summary(String value) {
        summary = value;
        return this;
    }

    public TicketBuilder description(String value) {
        description = value;
        return this;
    }

    public TicketBuilder environment(String value) {
        environment = value;
        return this;
    }

    public TicketBuilder reporter(String value) {
        reporter = value;
        return this;
    }

    public TicketBuilder assignee(String value) {
        assignee = value;
        return this;
    }

    public TicketBuilder priority(String value) {
        priority = value;
        return this;
    }

    public TicketBuilder category(String value) {
        category = value;
        return this;
    }

    public TicketBuilder components(List<String> value) {
        components = value;
        return this;
    }

    public TicketBuilder labels(List<String> value) {
        labels = value;
        return this;
    }

    public TicketBuilder affectsVersions(List<String> value) {
        affectsVersions = value;
        return this;
    }

    public Ticket build() {
        return new Ticket(
                key,
                project,
                created,
                resolved,
                summary,
                description,
                environment,
                reporter,
                assignee,
                priority,
                category,
                components,
                labels,
                affectsVersions);
    }
}
