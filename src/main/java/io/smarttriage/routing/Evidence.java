package io.smarttriage.routing;

/** The kinds of evidence expertise is built from. */
enum Evidence {
    COMPONENT("components"),
    PRIORITY("priority"),
    CATEGORY("category"),
    REPORTER("reporter"),
    TEXT("text");

    private final String label;

    Evidence(String label) {
        this.label = label;
    }

    /** Returns the word used in decision reasons. */
    public String label() {
        return label;
    }
}
