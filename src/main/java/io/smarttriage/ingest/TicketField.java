package io.smarttriage.ingest;

import java.util.Locale;

/** The {@link io.smarttriage.domain.Ticket} fields a column mapping can fill. */
public enum TicketField {
    KEY,
    PROJECT,
    CREATED,
    RESOLVED,
    SUMMARY,
    DESCRIPTION,
    ENVIRONMENT,
    REPORTER,
    ASSIGNEE,
    PRIORITY,
    CATEGORY,
    COMPONENTS,
    LABELS,
    AFFECTS_VERSIONS;

    /** Returns the property name used in mapping files, e.g. {@code affects_versions}. */
    public String propertyName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the field holds several values split from one cell. */
    public boolean isList() {
        return this == COMPONENTS || this == LABELS || this == AFFECTS_VERSIONS;
    }

    /** Whether the field holds a time. */
    public boolean isDate() {
        return this == CREATED || this == RESOLVED;
    }
}
