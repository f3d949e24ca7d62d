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
