package io.smarttriage.governance;

/** How far automation goes for one field of one project. */
public enum FieldMode {
    /** No prediction is made or recorded. */
    OFF,
    /** Predictions are recorded for measurement only; nobody sees them. */
    SHADOW,
    /** Predictions are offered to agents, who accept or reject them. */
    SUGGEST,
    /** Confident predictions are written to the issue by the automation user. */
    AUTO
}
