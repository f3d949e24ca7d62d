package io.smarttriage.governance;

/** How far automation goes for one field of one project. */
public enum FieldMode {
    /** No prediction is made or recorded. */
    OFF("smarttriage.mode.off"),
    /** Predictions are recorded for measurement only; nobody sees them. */
    SHADOW("smarttriage.mode.shadow"),
    /** Predictions are offered to agents, who accept or reject them. */
    SUGGEST("smarttriage.mode.suggest"),
    /** Confident predictions are written to the issue by the automation user. */
    AUTO("smarttriage.mode.auto");

    private final String messageKey;

    FieldMode(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Returns the key of the mode's name in the i18n bundles. */
    public String messageKey() {
        return messageKey;
    }
}
