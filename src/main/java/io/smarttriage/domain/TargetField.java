package io.smarttriage.domain;

import java.util.function.Function;

/** A request field the app predicts, with how to read its true value from a ticket. */
public enum TargetField {
    CATEGORY(Ticket::category),
    COMPONENT(TargetField::projectAndFirstComponent),
    PRIORITY(Ticket::priority),
    ASSIGNEE(Ticket::assignee);

    private final Function<Ticket, String> reader;

    TargetField(Function<Ticket, String> reader) {
        this.reader = reader;
    }

    /** Returns the field's value on the ticket, or {@code null} when it has none. */
    public String valueOf(Ticket ticket) {
        String value = reader.apply(ticket);
        return value == null || value.isBlank() ? null : value;
    }

    private static String projectAndFirstComponent(Ticket ticket) {
        if (ticket.components().isEmpty()) {
            return null;
        }
        String component = ticket.components().get(0);
        boolean noProject = ticket.project() == null || ticket.project().isBlank();
        return noProject ? component : ticket.project() + "/" + component;
    }
}
