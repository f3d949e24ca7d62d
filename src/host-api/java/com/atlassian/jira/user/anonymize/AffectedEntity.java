package com.atlassian.jira.user.anonymize;

/** Host API stub: one line of the anonymization preview that Jira shows the admin. */
public class AffectedEntity {
    protected AffectedEntity() {}

    public static Builder newBuilder(AffectedEntityType type) {
        throw new UnsupportedOperationException("host API stub");
    }

    /** Host API stub: builds an affected entity. */
    public static class Builder {
        protected Builder() {}

        public Builder descriptionKey(String key) {
            throw new UnsupportedOperationException("host API stub");
        }

        public Builder numberOfOccurrences(Long count) {
            throw new UnsupportedOperationException("host API stub");
        }

        public AffectedEntity build() {
            throw new UnsupportedOperationException("host API stub");
        }
    }
}
