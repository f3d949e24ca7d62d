package io.smarttriage.governance;

import java.time.Instant;
import java.util.List;

/** Port: agents' corrections kept as training examples. */
public interface TrainingExampleStore {

    /** Stores an example. */
    void add(TrainingExample example);

    /**
     * Returns examples of a project made at or after {@code since}, oldest first.
     *
     * @param limit the most examples to return
     */
    List<TrainingExample> since(String projectKey, Instant since, int limit);

    /**
     * Returns the newest examples of a project, newest first.
     *
     * @param limit the most examples to return
     */
    List<TrainingExample> newest(String projectKey, int limit);

    /**
     * Removes every example of an issue.
     *
     * @return the number of examples removed
     */
    int removeIssue(long issueId);

    /** Returns how many examples name the user, as the person who chose or as assignee value. */
    int countUser(String userKey);

    /**
     * Replaces a user key wherever examples hold it: who chose, and chosen assignee values.
     *
     * @return the number of examples changed
     */
    int renameUser(String oldKey, String newKey);

    /**
     * Forgets a user: removes the examples that chose the user as assignee and clears the user as
     * the person who chose.
     *
     * @return the number of examples removed or changed
     */
    int forgetUser(String userKey);
}
