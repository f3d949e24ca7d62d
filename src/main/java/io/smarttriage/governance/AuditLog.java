package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the durable audit log of decisions. */
public interface AuditLog {

    /** Stores a new record and returns it with its id. */
    AuditRecord append(AuditRecord record);

    /** Stores a person's reaction to the record with the given id. */
    void correct(long id, Correction correction);

    /** Returns the record with the given id, if any. */
    Optional<AuditRecord> find(long id);

    /** Returns every record of an issue, oldest first. */
    List<AuditRecord> forIssue(long issueId);

    /**
     * Returns the newest records of one field of a project whose verdict has the given action,
     * newest first.
     *
     * @param limit the most records to return
     */
    List<AuditRecord> recent(String projectKey, TargetField field, Action action, int limit);

    /**
     * Returns the agents named by a project's newest assignee decisions that the app gave, newest
     * first (in the order the records were stored), for the router's round-robin rotation and
     * fairness shares. Outside shadow mode these are the assignee records whose value was applied
     * to the issue or suggested to the agents, whatever a person did about them later, and those
     * whose value the issue refused ({@link Reason#APPLY_FAILED}, see {@link
     * AuditRecord#givenTurn}); records kept for measurement only (shadow mode, below the threshold,
     * the value the issue already held), skipped or failed otherwise are not counted. With {@code
     * shadow} it is instead the records of shadow mode: the agents the app would have given the
     * requests to, which nobody saw.
     *
     * @param shadow whether to return the shadow-mode decisions instead of the ones people saw
     * @param limit the most user keys to return
     */
    List<String> givenAssignees(String projectKey, boolean shadow, int limit);

    /**
     * Returns the records of a project that a person judged (kept, changed or rejected) and that
     * were decided at or after {@code since}, oldest first.
     *
     * @param limit the most records to return
     */
    List<AuditRecord> judgedSince(String projectKey, Instant since, int limit);

    /**
     * Removes every record of an issue.
     *
     * @return the number of records removed
     */
    int removeIssue(long issueId);

    /** Returns how many records name the user, as the person who reacted or as assignee value. */
    int countUser(String userKey);

    /**
     * Replaces a user key wherever records hold it: who reacted, and predicted or final assignee
     * values.
     *
     * @return the number of records changed
     */
    int renameUser(String oldKey, String newKey);

    /**
     * Forgets who reacted to decisions: the user key of that person is cleared, the reaction stays.
     *
     * @return the number of records changed
     */
    int forgetUser(String userKey);
}
