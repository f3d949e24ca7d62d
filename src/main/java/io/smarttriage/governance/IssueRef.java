package io.smarttriage.governance;

/**
 * Identifies an issue without any of its text.
 *
 * @param issueId Jira's issue id
 * @param issueKey the issue key, for logs
 * @param projectKey the project's key
 */
public record IssueRef(long issueId, String issueKey, String projectKey) {

    /** Checks the keys are not blank. */
    public IssueRef {
        if (issueKey == null || issueKey.isBlank() || projectKey == null || projectKey.isBlank()) {
            throw new IllegalArgumentException(
                    "issue and project keys must not be blank, got '"
                            + issueKey
                            + "' and '"
                            + projectKey
                            + "'");
        }
    }
}
