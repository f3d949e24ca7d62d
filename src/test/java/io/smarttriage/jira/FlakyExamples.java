package io.smarttriage.jira;

import io.smarttriage.governance.MemoryExamples;
import io.smarttriage.governance.TrainingExample;
import io.smarttriage.governance.TrainingExampleStore;
import java.time.Instant;
import java.util.List;

/** Training examples in memory whose first issue removal fails, as a database outage would. */
final class FlakyExamples implements TrainingExampleStore {
    private final MemoryExamples stored = new MemoryExamples();
    private boolean failNextRemoval = true;

    @Override
    public void add(TrainingExample example) {
        stored.add(example);
    }

    @Override
    public List<TrainingExample> since(String projectKey, Instant since, int limit) {
        return stored.since(projectKey, since, limit);
    }

    @Override
    public List<TrainingExample> newest(String projectKey, int limit) {
        return stored.newest(projectKey, limit);
    }

    @Override
    public int removeIssue(long issueId) {
        if (failNextRemoval) {
            failNextRemoval = false;
            throw new IllegalStateException("database unavailable");
        }
        return stored.removeIssue(issueId);
    }

    @Override
    public int countUser(String userKey) {
        return stored.countUser(userKey);
    }

    @Override
    public int renameUser(String oldKey, String newKey) {
        return stored.renameUser(oldKey, newKey);
    }

    @Override
    public int forgetUser(String userKey) {
        return stored.forgetUser(userKey);
    }

    List<TrainingExample> all() {
        return stored.all();
    }
}
