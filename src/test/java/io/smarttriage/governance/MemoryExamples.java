package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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

    @Override
    public List<TrainingExample> newest(String projectKey, int limit) {
        List<TrainingExample> matching =
                new ArrayList<>(
                        examples.stream().filter(e -> e.projectKey().equals(projectKey)).toList());
        Collections.reverse(matching);
        return matching.stream().limit(limit).toList();
    }

    @Override
    public int removeIssue(long issueId) {
        int before = examples.size();
        examples.removeIf(e -> e.issueId() == issueId);
        return before - examples.size();
    }

    @Override
    public int countUser(String userKey) {
        return (int) examples.stream().filter(e -> names(e, userKey)).count();
    }

    @Override
    public int renameUser(String oldKey, String newKey) {
        int changed = 0;
        for (int i = 0; i < examples.size(); i++) {
            TrainingExample e = examples.get(i);
            if (names(e, oldKey)) {
                boolean assigns = assigns(e, oldKey);
                examples.set(
                        i,
                        new TrainingExample(
                                e.issueId(),
                                e.projectKey(),
                                e.field(),
                                assigns ? newKey : e.value(),
                                oldKey.equals(e.userKey()) ? newKey : e.userKey(),
                                e.time()));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public int forgetUser(String userKey) {
        int before = examples.size();
        examples.removeIf(e -> assigns(e, userKey));
        int changed = before - examples.size();
        for (int i = 0; i < examples.size(); i++) {
            TrainingExample e = examples.get(i);
            if (userKey.equals(e.userKey())) {
                examples.set(
                        i,
                        new TrainingExample(
                                e.issueId(), e.projectKey(), e.field(), e.value(), null, e.time()));
                changed++;
            }
        }
        return changed;
    }

    /** Returns every stored example, oldest first. */
    public List<TrainingExample> all() {
        return List.copyOf(examples);
    }

    private static boolean names(TrainingExample e, String key) {
        return key.equals(e.userKey()) || assigns(e, key);
    }

    private static boolean assigns(TrainingExample e, String key) {
        return e.field() == TargetField.ASSIGNEE && key.equals(e.value());
    }
}
