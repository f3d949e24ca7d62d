package io.smarttriage.standalone;

/** Why a requested field could not be measured. */
enum SkipReason {
    NO_VALUES("no request in the data has a value for it"),
    NO_TRAINING_VALUES("no request in the training history has a value for it"),
    NO_TEST_VALUES("no request to triage has a value for it"),
    ONE_CLASS("the training history has only one value for it"),
    NO_DATES("the data has no creation dates, and it is measured on a time split only");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    /** Returns the reason in plain words for the console and the JSON result. */
    String description() {
        return description;
    }
}
