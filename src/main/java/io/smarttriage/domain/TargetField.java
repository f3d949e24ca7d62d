package io.smarttriage.domain;

import java.util.function.Function;

/** A request field the app predicts, with how to read its true value from a ticket. */
public enum TargetField {
    CATEGORY(Ticket::category, "smarttriage.triage.field.category"),
    COMPONENT(TargetField::projectAndFirstComponent, "smarttriage.triage.field.component"),
    PRIORITY(Ticket::priority, "smarttriage.triage.field.priority"),
    ASSIGNEE(Ticket::assignee, "smarttriage.triage.field.assignee");

    private final Function<Ticket, String> reader;
    private final String messageKey;

    TargetField(Function<Ticket, String> reader, String messageKey) {
        this.reader = reader;
        this.messageKey = messageKey;
    }

    /** Returns the key of the field's name for people in the i18n bundles. */
    public String messageKey() {
        return messageKey;
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
