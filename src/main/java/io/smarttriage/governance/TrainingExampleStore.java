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
}
