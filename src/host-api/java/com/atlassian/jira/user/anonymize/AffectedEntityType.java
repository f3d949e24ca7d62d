package com.atlassian.jira.user.anonymize;

/** Host API stub: what anonymization does to an affected entity. */
public enum AffectedEntityType {
    REMOVE,
    ANONYMIZE,
    TRANSFER_OWNERSHIP,
    MANUAL
}
