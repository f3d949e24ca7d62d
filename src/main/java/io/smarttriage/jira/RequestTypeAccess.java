package io.smarttriage.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Optional;

/** Reads, names and sets the request type of issues in a service desk. */
interface RequestTypeAccess {

    /** Returns the issue's request type, or why it has none to read. */
    RequestTypeReading read(Issue issue);

    /** Returns the display name of a request type of the issue's service desk, if it exists. */
    Optional<String> name(Issue issue, int requestTypeId);

    /**
     * Sets the issue's request type as {@code user}.
     *
     * @return why the request type was not set; empty when it was
     */
    Optional<String> write(ApplicationUser user, Issue issue, int requestTypeId);
}
