package io.smarttriage.jira;

import java.util.Objects;

/**
 * A newly created Jira issue as the triage core sees it: identifiers only, no request text.
 *
 * @param issueId Jira's numeric issue id
 * @param issueKey the issue key, e.g. {@code HELP-12}
 * @param projectKey the key of the issue's project, e.g. {@code HELP}
 */
public record CreatedIssue(long issueId, String issueKey, String projectKey) {

    /** Rejects blank keys so that a broken event never reaches the triage core. */
    public CreatedIssue {
        requireNonBlank("issueKey", issueKey);
        requireNonBlank("projectKey", projectKey);
    }

    private static void requireNonBlank(String name, String value) {
        if (Objects.requireNonNull(value, name + " must not be null").isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
        }
    }
}
