package io.smarttriage.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.TrainingExample;
import io.smarttriage.governance.TrainingExampleStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** Agents' corrections in Active Objects. */
public class AoTrainingExamples implements TrainingExampleStore {
    private final ActiveObjects ao;

    /** Creates a store on the app's Active Objects. */
    public AoTrainingExamples(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void add(TrainingExample e) {
        Map<String, Object> c = new HashMap<>();
        c.put("ISSUE_ID", e.issueId());
        c.put("PROJECT_KEY", Columns.text("PROJECT_KEY", e.projectKey()));
        c.put("FIELD", e.field().name());
        c.put("CHOSEN", Columns.text("CHOSEN", e.value()));
        c.put("USER_KEY", Columns.text("USER_KEY", e.userKey()));
        c.put("CHOSEN_AT", Columns.date(e.time()));
        ao.create(TrainingExampleEntity.class, c);
    }

    @Override
    public List<TrainingExample> since(String projectKey, Instant since, int limit) {
        Query query =
                Query.select()
                        .where(
                                "PROJECT_KEY = ? AND CHOSEN_AT >= ?",
                                projectKey,
                                Columns.date(since))
                        .order("CHOSEN_AT ASC, ID ASC")
                        .limit(limit);
        return Arrays.stream(ao.find(TrainingExampleEntity.class, query))
                .map(AoTrainingExamples::example)
                .toList();
    }

    @Override
    public List<TrainingExample> newest(String projectKey, int limit) {
        Query query =
                Query.select()
                        .where("PROJECT_KEY = ?", projectKey)
                        .order("CHOSEN_AT DESC, ID DESC")
                        .limit(limit);
        return Arrays.stream(ao.find(TrainingExampleEntity.class, query))
                .map(AoTrainingExamples::example)
                .toList();
    }

    @Override
    public int removeIssue(long issueId) {
        return ao.deleteWithSQL(TrainingExampleEntity.class, "ISSUE_ID = ?", issueId);
    }

    @Override
    public int countUser(String userKey) {
        return naming(userKey).length;
    }

    @Override
    public int renameUser(String oldKey, String newKey) {
        String key = Columns.text("USER_KEY", newKey);
        TrainingExampleEntity[] rows = naming(oldKey);
        for (TrainingExampleEntity row : rows) {
            if (oldKey.equals(row.getUserKey())) {
                row.setUserKey(key);
            }
            if (assigns(row, oldKey)) {
                row.setChosen(key);
            }
            row.save();
        }
        return rows.length;
    }

    @Override
    public int forgetUser(String userKey) {
        int removed =
                ao.deleteWithSQL(
                        TrainingExampleEntity.class,
                        "FIELD = ? AND CHOSEN = ?",
                        TargetField.ASSIGNEE.name(),
                        userKey);
        TrainingExampleEntity[] rows =
                ao.find(TrainingExampleEntity.class, "USER_KEY = ?", userKey);
        for (TrainingExampleEntity row : rows) {
            row.setUserKey(null);
            row.save();
        }
        return removed + rows.length;
    }

    private TrainingExampleEntity[] naming(String userKey) {
        return ao.find(
                TrainingExampleEntity.class,
                "USER_KEY = ? OR (FIELD = ? AND CHOSEN = ?)",
                userKey,
                TargetField.ASSIGNEE.name(),
                userKey);
    }

    private static boolean assigns(TrainingExampleEntity row, String userKey) {
        return TargetField.ASSIGNEE.name().equals(row.getField())
                && userKey.equals(row.getChosen());
    }

    private static TrainingExample example(TrainingExampleEntity row) {
        return new TrainingExample(
                row.getIssueId(),
                row.getProjectKey(),
                TargetField.valueOf(row.getField()),
                row.getChosen(),
                row.getUserKey(),
                Columns.instant(row.getChosenAt()));
    }
}
