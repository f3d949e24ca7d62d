package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Host API stub: permission-checked issue updates. The nested result classes are flattened: in Jira
 * they inherit {@code isValid()} from {@code ServiceResultImpl}.
 */
public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    UpdateValidationResult validateUpdate(
            ApplicationUser user, Long issueId, IssueInputParameters params);

    IssueResult update(ApplicationUser user, UpdateValidationResult result);

    AssignValidationResult validateAssign(ApplicationUser user, Long issueId, String assignee);

    IssueResult assign(ApplicationUser user, AssignValidationResult result);

    /** Host API stub: outcome of an update or assignment. */
    class IssueResult {
        protected IssueResult() {}

        public boolean isValid() {
            throw new UnsupportedOperationException("host API stub");
        }
    }

    /** Host API stub: a validated update, ready to apply. */
    class UpdateValidationResult {
        protected UpdateValidationResult() {}

        public boolean isValid() {
            throw new UnsupportedOperationException("host API stub");
        }
    }

    /** Host API stub: a validated assignment, ready to apply. */
    class AssignValidationResult {
        protected AssignValidationResult() {}

        public boolean isValid() {
            throw new UnsupportedOperationException("host API stub");
        }
    }
}
