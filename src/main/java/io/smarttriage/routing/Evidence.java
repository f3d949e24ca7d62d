package io.smarttriage.routing;

/** The kinds of evidence expertise is built from. */
enum Evidence {
    COMPONENT("smarttriage.why.evidence.components"),
    PRIORITY("smarttriage.why.evidence.priority"),
    CATEGORY("smarttriage.why.evidence.category"),
    REPORTER("smarttriage.why.evidence.reporter"),
    TEXT("smarttriage.why.evidence.text");

    private final String messageKey;

    Evidence(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Returns the key of the evidence's name in the i18n bundles. */
    public String messageKey() {
        return messageKey;
    }
}
