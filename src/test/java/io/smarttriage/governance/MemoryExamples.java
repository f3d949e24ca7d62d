package io.smarttriage.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Training examples in memory, for tests. */
public final class MemoryExamples implements TrainingExampleStore {
    private final List<TrainingExample> examples = new ArrayList<>();

    @Override
    public void add(TrainingExample example) {
        examples.add(example);
    }

    @Override
    public List<TrainingExample> since(String projectKey, Instant since, int limit) {
        return examples.stream()
                .filter(e -> e.projectKey().equals(projectKey) && !e.time().isBefore(since))
                .limit(limit)
                .toList();
    }
}
