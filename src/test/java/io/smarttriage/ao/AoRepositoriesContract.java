package io.smarttriage.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AssignmentStrategy;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.Correction;
import io.smarttriage.governance.Feedback;
import io.smarttriage.governance.FeedbackRecorder;
import io.smarttriage.governance.FieldDecision;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.FieldPrediction;
import io.smarttriage.governance.FieldSettings;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.IssueWriter;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.Reason;
import io.smarttriage.governance.StaleConfigException;
import io.smarttriage.governance.StoredModel;
import io.smarttriage.governance.TrainingExample;
import io.smarttriage.governance.TriageService;
import io.smarttriage.governance.Verdict;
import io.smarttriage.governance.VersionedConfig;
import io.smarttriage.governance.WorkKind;
import io.smarttriage.routing.Exclusion;
import io.smarttriage.standalone.EntityManagerActiveObjects;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Active Objects repositories' behaviour; each subclass runs it on one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AoRepositoriesContract {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private TestDatabase database;
    private EntityManager manager;
    private EntityManagerActiveObjects ao;

    /** Opens the database this subclass tests on, or skips the class. */
    abstract TestDatabase open() throws Exception;

    @BeforeAll
    void migrate() throws Exception {
        database = open();
        manager = database.entityManager();
        ao = new EntityManagerActiveObjects(manager);
        ao.migrate(Entities.ALL.toArray(Class[]::new));
    }

    @Test
    void givenMigratedSchema_decisionTable_hasTheCompositeIndexesOfItsProjectReads()
            throws Exception {
        String table =
                manager.getNameConverters().getTableNameConverter().getName(DecisionEntity.class);

        List<List<String>> indexes = indexColumns(table);

        assertThat(indexes).contains(List.of("PROJECT_KEY", "FIELD", "ID"));
        assertThat(indexes).contains(List.of("PROJECT_KEY", "DECIDED_AT"));
    }

    private List<List<String>> indexColumns(String table) throws Exception {
        Map<String, List<String>> columns = new TreeMap<>();
        DatabaseProvider provider = manager.getProvider();
        try (Connection connection = provider.getConnection();
                ResultSet rows =
                        connection
                                .getMetaData()
                                .getIndexInfo(null, provider.getSchema(), table, false, false)) {
            while (rows.next()) {
                String index = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                if (index != null && column != null) {
                    columns.computeIfAbsent(index, k -> new ArrayList<>())
                            .add(column.toUpperCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(columns.values());
    }

    @BeforeEach
    void emptyTables() {
        for (Class<? extends net.java.ao.RawEntity<?>> type : Entities.ALL) {
            deleteAll(type);
        }
        ao.flushAll();
    }

    @AfterAll
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void givenNoStoredConfig_find_returnsEmpty() {
        AoConfigStore store = new AoConfigStore(ao);

        Optional<ProjectConfig> found = store.find("HELP");

        assertThat(found).isEmpty();
    }

    @Test
    void givenSavedConfig_find_returnsEqualConfig() {
        AoConfigStore store = new AoConfigStore(ao);
        ProjectConfig config = fullConfig();

        store.save(config);

        assertThat(store.find("HELP")).contains(config);
    }

    @Test
    void givenConfigSavedTwice_find_returnsTheLatest() {
        AoConfigStore store = new AoConfigStore(ao);
        store.save(fullConfig());

        store.save(fullConfig().withEnabled(false));

        assertThat(store.find("HELP").orElseThrow().enabled()).isFalse();
        assertThat(ao.count(FieldSettingEntity.class, "PROJECT_KEY = ?", "HELP")).isEqualTo(4);
    }

    @Test
    void givenConfigSavedTwice_findVersioned_returnsVersionTwo() {
        AoConfigStore store = new AoConfigStore(ao);
        long first = store.save(fullConfig(), OptionalLong.empty());

        long second = store.save(fullConfig().withEnabled(false), OptionalLong.of(first));

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(store.findVersioned("HELP"))
                .contains(new VersionedConfig(fullConfig().withEnabled(false), 2));
    }

    @Test
    void givenStaleExpectedVersion_save_failsNamingBothVersionsAndKeepsTheStoredConfig() {
        AoConfigStore store = new AoConfigStore(ao);
        store.save(fullConfig());
        store.save(fullConfig().withEnabled(false));

        Throwable thrown =
                catchThrowable(
                        () -> store.save(ProjectConfig.defaults("HELP"), OptionalLong.of(1)));

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        StaleConfigException.class,
                        e -> {
                            assertThat(e.expectedVersion()).isEqualTo(1);
                            assertThat(e.storedVersion()).isEqualTo(2);
                        })
                .hasMessageContaining("version 2")
                .hasMessageContaining("version 1");
        assertThat(store.findVersioned("HELP"))
                .contains(new VersionedConfig(fullConfig().withEnabled(false), 2));
    }

    @Test
    void givenNoStoredConfigAndExpectedVersionOne_save_failsAndStoresNothing() {
        AoConfigStore store = new AoConfigStore(ao);

        Throwable thrown = catchThrowable(() -> store.save(fullConfig(), OptionalLong.of(1)));

        assertThat(thrown).isInstanceOf(StaleConfigException.class);
        assertThat(store.find("HELP")).isEmpty();
    }

    @Test
    void givenTwoNodesSavingAndOneReading_concurrently_leaveOneWholeSaveWithoutDuplicates()
            throws Exception {
        AoConfigStore nodeA = new AoConfigStore(ao);
        AoConfigStore nodeB = new AoConfigStore(ao);
        ProjectConfig a = uniformConfig(FieldMode.AUTO, 0.61, "agent-a");
        ProjectConfig b = uniformConfig(FieldMode.SUGGEST, 0.72, "agent-b");
        List<VersionedConfig> mixes = new CopyOnWriteArrayList<>();
        AtomicBoolean saving = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);

        try {
            Future<?> reader =
                    pool.submit(
                            () -> {
                                while (saving.get()) {
                                    nodeA.findVersioned("HELP")
                                            .filter(v -> !v.config().equals(a))
                                            .filter(v -> !v.config().equals(b))
                                            .ifPresent(mixes::add);
                                }
                            });
            Future<?> savesA = pool.submit(() -> saveRepeatedly(nodeA, a));
            Future<?> savesB = pool.submit(() -> saveRepeatedly(nodeB, b));
            savesA.get(2, TimeUnit.MINUTES);
            savesB.get(2, TimeUnit.MINUTES);
            saving.set(false);
            reader.get(1, TimeUnit.MINUTES);
        } finally {
            saving.set(false);
            pool.shutdownNow();
        }

        VersionedConfig stored = nodeA.findVersioned("HELP").orElseThrow();
        assertThat(mixes).isEmpty();
        assertThat(stored.config()).isIn(a, b);
        assertThat(stored.version()).isEqualTo(2L * CONCURRENT_SAVES);
        assertThat(ao.count(ProjectConfigEntity.class, "PROJECT_KEY = ?", "HELP")).isEqualTo(1);
        assertThat(ao.count(FieldSettingEntity.class, "PROJECT_KEY = ?", "HELP"))
                .isEqualTo(TargetField.values().length);
    }

    @Test
    void givenTwoSavesBasedOnTheSameVersion_concurrently_exactlyOneWins() throws Exception {
        AoConfigStore store = new AoConfigStore(ao);
        long base = store.save(fullConfig(), OptionalLong.empty());
        ProjectConfig a = uniformConfig(FieldMode.AUTO, 0.61, "agent-a");
        ProjectConfig b = uniformConfig(FieldMode.SUGGEST, 0.72, "agent-b");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);

        List<Future<Long>> saves;
        try {
            saves =
                    List.of(
                            pool.submit(() -> saveAfter(start, store, a, base)),
                            pool.submit(() -> saveAfter(start, store, b, base)));
            for (Future<Long> save : saves) {
                save.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> outcomes = List.of(saves.get(0).get(), saves.get(1).get());
        assertThat(outcomes).containsExactlyInAnyOrder(base + 1, -(base + 1));
        assertThat(store.findVersioned("HELP").orElseThrow().version()).isEqualTo(base + 1);
        assertThat(ao.count(FieldSettingEntity.class, "PROJECT_KEY = ?", "HELP"))
                .isEqualTo(TargetField.values().length);
    }

    @Test
    void givenAppendedRecords_forIssue_returnsThemOldestFirstWithIds() {
        AoAuditLog log = new AoAuditLog(ao);
        AuditRecord first = log.append(record(7L, TargetField.PRIORITY, Action.APPLY));
        AuditRecord second = log.append(record(7L, TargetField.COMPONENT, Action.SUGGEST));
        log.append(record(8L, TargetField.PRIORITY, Action.APPLY));

        List<AuditRecord> records = log.forIssue(7L);

        assertThat(records).containsExactly(first, second);
        assertThat(first.id()).isNotNull();
    }

    @Test
    void givenCorrection_find_returnsRecordWithIt() {
        AoAuditLog log = new AoAuditLog(ao);
        long id = log.append(record(7L, TargetField.PRIORITY, Action.APPLY)).id();
        Correction changed = new Correction(Feedback.CHANGED, "agent-1", "Low", T0.plusSeconds(5));

        log.correct(id, changed);

        assertThat(log.find(id).orElseThrow().correction()).isEqualTo(changed);
    }

    @Test
    void givenExplanationNote_append_readsTheSamePhrasesBack() {
        AoAuditLog log = new AoAuditLog(ao);
        Phrase count = Phrase.of("smarttriage.why.routing.count", "2");
        Phrase nobody = Phrase.of("smarttriage.why.routing.nobody").with(List.of(count));
        Explanation note =
                Explanation.of(
                        Phrase.of("smarttriage.why.routing.unassigned").with(List.of(nobody)),
                        Phrase.of("smarttriage.why.failure", "M\u00fcller's \"x\""),
                        Phrase.of("other.key"));

        long id = log.append(record(7L, TargetField.ASSIGNEE, Action.SKIP, note)).id();

        assertThat(log.find(id).orElseThrow().note()).isEqualTo(note);
    }

    @Test
    void givenNoteStoredAsPlainText_find_readsItAsText() {
        AoAuditLog log = new AoAuditLog(ao);
        long id = log.append(record(7L, TargetField.CATEGORY, Action.SKIP)).id();
        DecisionEntity row = ao.get(DecisionEntity.class, (int) id);
        row.setNote("project HELP is not a service desk");
        row.save();

        Explanation note = log.find(id).orElseThrow().note();

        assertThat(note).isEqualTo(Explanation.text("project HELP is not a service desk"));
    }

    @Test
    void givenExplanationLongerThanTheColumn_append_keepsTheLeadingPhrasesThatFit() {
        AoAuditLog log = new AoAuditLog(ao);
        Phrase first = Phrase.of("smarttriage.why.failure", "a".repeat(80));
        Phrase second = Phrase.of("smarttriage.why.failure", "b".repeat(80));
        Phrase third = Phrase.of("smarttriage.why.failure", "c".repeat(80));

        long id =
                log.append(
                                record(
                                        7L,
                                        TargetField.PRIORITY,
                                        Action.SKIP,
                                        Explanation.of(first, second, third)))
                        .id();

        assertThat(log.find(id).orElseThrow().note()).isEqualTo(Explanation.of(first, second));
    }

    @Test
    void givenFirstPhraseLongerThanTheColumn_append_keepsItWithItsLeadingItems() {
        AoAuditLog log = new AoAuditLog(ao);
        List<Phrase> counts = new ArrayList<>();
        for (Exclusion exclusion : Exclusion.values()) {
            counts.add(exclusion.counted(2));
        }
        Phrase nobody = Phrase.of("smarttriage.why.routing.nobody").with(counts);
        Explanation note =
                Explanation.of(
                        Phrase.of("smarttriage.why.routing.unassigned").with(List.of(nobody)));

        long id = log.append(record(7L, TargetField.ASSIGNEE, Action.SKIP, note)).id();

        Phrase kept = log.find(id).orElseThrow().note().phrases().get(0);
        assertThat(kept.key()).isEqualTo("smarttriage.why.routing.unassigned");
        assertThat(kept.items().get(0).items())
                .startsWith(counts.get(0))
                .endsWith(Phrase.of(Explanation.TEXT_KEY, "\u2026"));
    }

    @Test
    void givenManyDecisions_recent_returnsNewestOfThatActionUpToLimit() {
        AoAuditLog log = new AoAuditLog(ao);
        for (long issue = 1; issue <= 5; issue++) {
            log.append(record(issue, TargetField.PRIORITY, Action.APPLY));
            log.append(record(issue, TargetField.PRIORITY, Action.SUGGEST));
        }

        List<AuditRecord> recent = log.recent("HELP", TargetField.PRIORITY, Action.APPLY, 3);

        assertThat(recent).extracting(AuditRecord::issueId).containsExactly(5L, 4L, 3L);
    }

    @Test
    void givenMixedDecisions_givenAssignees_returnsAppliedAndSuggestedAgentsNewestFirst() {
        AoAuditLog log = new AoAuditLog(ao);
        log.append(assignee("HELP", FieldMode.AUTO, Action.APPLY, true, "alice"));
        log.append(assignee("HELP", FieldMode.SUGGEST, Action.SUGGEST, false, "bob"));
        log.append(assignee("HELP", FieldMode.AUTO, Action.RECORD_ONLY, false, "carol"));
        log.append(assignee("HELP", FieldMode.AUTO, Action.FAILED, false, "dave"));
        log.append(assignee("HELP", FieldMode.SHADOW, Action.RECORD_ONLY, false, "erin"));
        log.append(assignee("HELP", FieldMode.AUTO, Action.SKIP, false, null));
        log.append(assignee("OPS", FieldMode.AUTO, Action.APPLY, true, "frank"));
        log.append(record(9L, TargetField.PRIORITY, Action.APPLY));
        log.append(assignee("HELP", FieldMode.AUTO, Action.APPLY, true, "carol"));

        List<String> given = log.givenAssignees("HELP", false, 10);

        assertThat(given).containsExactly("carol", "bob", "alice");
        assertThat(log.givenAssignees("HELP", false, 2)).containsExactly("carol", "bob");
        assertThat(log.givenAssignees("HELP", true, 10)).containsExactly("erin");
        assertThat(log.givenAssignees("OPS", false, 10)).containsExactly("frank");
    }

    @Test
    void givenApplyTheIssueRefused_givenAssignees_countsTheAgentsTurnButNotOtherFailures() {
        AoAuditLog log = new AoAuditLog(ao);
        log.append(assignee("HELP", FieldMode.AUTO, Action.APPLY, true, "alice"));
        log.append(assignee("HELP", new Verdict(Action.FAILED, Reason.APPLY_FAILED), "bob"));
        log.append(assignee("HELP", new Verdict(Action.FAILED, Reason.TRIAGE_FAILED), "carol"));

        List<String> given = log.givenAssignees("HELP", false, 10);

        assertThat(given).containsExactly("bob", "alice");
    }

    @Test
    void givenJudgedAndOpenDecisions_judgedSince_returnsJudgedInWindowOldestFirst() {
        AoAuditLog log = new AoAuditLog(ao);
        long early = log.append(decidedAt(1L, T0.minusSeconds(86_400))).id();
        long kept = log.append(decidedAt(2L, T0.plusSeconds(60))).id();
        log.append(decidedAt(3L, T0.plusSeconds(30)));
        long changed = log.append(decidedAt(4L, T0)).id();
        for (long id : List.of(early, kept, changed)) {
            Feedback feedback = id == changed ? Feedback.CHANGED : Feedback.KEPT;
            log.correct(id, new Correction(feedback, "JIRAUSER1", "High", T0.plusSeconds(90)));
        }

        List<AuditRecord> judged = log.judgedSince("HELP", T0, 10);

        assertThat(judged).extracting(AuditRecord::id).containsExactly(changed, kept);
        assertThat(log.judgedSince("HELP", T0, 1))
                .extracting(AuditRecord::id)
                .containsExactly(changed);
        assertThat(log.judgedSince("OPS", T0, 10)).isEmpty();
    }

    @Test
    void givenValueLongerThanColumn_append_failsNamingColumn() {
        AoAuditLog log = new AoAuditLog(ao);
        AuditRecord tooLong = record(7L, TargetField.CATEGORY, Action.APPLY, "x".repeat(300));

        var thrown = assertThatThrownBy(() -> log.append(tooLong));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column PREDICTED holds at most 255 characters, got 300");
    }

    @Test
    void givenSameEventTwice_add_storesOneTask() {
        AoPendingWork work = new AoPendingWork(ao);
        Optional<PendingTask> first = work.add(task("10001:created"));

        Optional<PendingTask> second = work.add(task("10001:created"));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(work.unclaimed(10)).hasSize(1);
    }

    @Test
    void givenTask_claimTwice_onlyFirstNodeWins() {
        AoPendingWork work = new AoPendingWork(ao);
        long id = work.add(task("10001:created")).orElseThrow().id();

        boolean nodeA = work.claim(id, "node-a", T0);
        boolean nodeB = work.claim(id, "node-b", T0);

        assertThat(nodeA).isTrue();
        assertThat(nodeB).isFalse();
        assertThat(work.unclaimed(10)).isEmpty();
    }

    @Test
    void givenStaleClaim_releaseClaimsBefore_makesTaskFindableAgain() {
        AoPendingWork work = new AoPendingWork(ao);
        long id = work.add(task("10001:created")).orElseThrow().id();
        work.claim(id, "node-a", T0);

        int released = work.releaseClaimsBefore(T0.plusSeconds(600));

        assertThat(released).isEqualTo(1);
        assertThat(work.unclaimed(10)).extracting(PendingTask::id).containsExactly(id);
    }

    @Test
    void givenClaimedTask_complete_removesIt() {
        AoPendingWork work = new AoPendingWork(ao);
        long id = work.add(task("10001:created")).orElseThrow().id();
        work.claim(id, "node-a", T0);

        work.complete(id);

        assertThat(work.unclaimed(10)).isEmpty();
        assertThat(work.add(task("10001:created"))).isPresent();
    }

    @Test
    void givenClaimedTask_addSameEventTwice_storesOneFollowUpTask() {
        AoPendingWork work = new AoPendingWork(ao);
        long first = work.add(taskBy("10001:FEEDBACK", "bob")).orElseThrow().id();
        work.claim(first, "node-a", T0);

        Optional<PendingTask> followUp = work.add(taskBy("10001:FEEDBACK", "bob"));
        Optional<PendingTask> again = work.add(taskBy("10001:FEEDBACK", "bob"));

        assertThat(followUp).map(PendingTask::eventKey).contains("10001:FEEDBACK+" + first);
        assertThat(again).isEmpty();
        assertThat(work.unclaimed(10))
                .extracting(PendingTask::id)
                .containsExactly(followUp.orElseThrow().id());
    }

    @Test
    void givenFollowUpOfClaimedTask_claim_isRefusedUntilTheFirstIsDone() {
        AoPendingWork work = new AoPendingWork(ao);
        long first = work.add(taskBy("10001:FEEDBACK", "bob")).orElseThrow().id();
        work.claim(first, "node-a", T0);
        long followUp = work.add(taskBy("10001:FEEDBACK", "bob")).orElseThrow().id();

        boolean whileFirstRuns = work.claim(followUp, "node-b", T0);
        work.complete(first);
        boolean afterwards = work.claim(followUp, "node-b", T0);

        assertThat(whileFirstRuns).isFalse();
        assertThat(afterwards).isTrue();
        assertThat(work.add(taskBy("10001:FEEDBACK", "bob")).orElseThrow().eventKey())
                .isEqualTo("10001:FEEDBACK");
    }

    @Test
    void givenClaimedTaskCompletedWhileTheSameEventIsAdded_add_storesTheEvent() {
        AoPendingWork work = new AoPendingWork(ao);
        long first = work.add(taskBy("10001:FEEDBACK", "bob")).orElseThrow().id();
        work.claim(first, "node-a", T0);
        AoPendingWork racing = new AoPendingWork(completingBeforeClaimCount(work, first));

        Optional<PendingTask> added = racing.add(taskBy("10001:FEEDBACK", "bob"));

        assertThat(added).map(PendingTask::eventKey).contains("10001:FEEDBACK");
        assertThat(work.unclaimed(10))
                .extracting(PendingTask::id)
                .containsExactly(added.orElseThrow().id());
    }

    @Test
    void givenTwoWaitingTasksOfOneIssue_claimBothConcurrently_theOlderWinsEveryRound()
            throws Exception {
        AoPendingWork work = new AoPendingWork(ao);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<List<Boolean>> rounds = new ArrayList<>();

        try {
            for (int round = 0; round < 20; round++) {
                ao.deleteWithSQL(PendingWorkEntity.class, "ID > ?", 0);
                long older =
                        work.add(kindOf("10001:FEEDBACK", 10_001L, WorkKind.FEEDBACK))
                                .orElseThrow()
                                .id();
                long newer =
                        work.add(kindOf("10001:RESOLVED", 10_001L, WorkKind.RESOLVED))
                                .orElseThrow()
                                .id();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Boolean> a = pool.submit(() -> claimAfter(start, work, older));
                Future<Boolean> b = pool.submit(() -> claimAfter(start, work, newer));
                rounds.add(List.of(a.get(1, TimeUnit.MINUTES), b.get(1, TimeUnit.MINUTES)));
                work.complete(older);
                work.complete(newer);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(rounds).containsOnly(List.of(true, false));
    }

    @Test
    void givenClaimedTriageTask_addSameEvent_storesNothing() {
        AoPendingWork work = new AoPendingWork(ao);
        long first = work.add(task("10001:TRIAGE")).orElseThrow().id();
        work.claim(first, "node-a", T0);

        Optional<PendingTask> again = work.add(task("10001:TRIAGE"));

        assertThat(again).isEmpty();
        assertThat(ao.count(PendingWorkEntity.class, "ISSUE_ID = ?", 10_001L)).isEqualTo(1);
    }

    @Test
    void givenClaimedTaskOfOtherIssue_claim_succeeds() {
        AoPendingWork work = new AoPendingWork(ao);
        long otherIssue =
                work.add(kindOf("10002:FEEDBACK", 10_002L, WorkKind.FEEDBACK)).orElseThrow().id();
        work.claim(otherIssue, "node-a", T0);
        long feedback = work.add(taskBy("10001:FEEDBACK", "bob")).orElseThrow().id();

        boolean claimed = work.claim(feedback, "node-b", T0);

        assertThat(claimed).isTrue();
    }

    @Test
    void givenClaimedFeedbackTask_claimResolvedTaskOfSameIssue_isRefusedUntilItIsDone() {
        AoPendingWork work = new AoPendingWork(ao);
        long feedback =
                work.add(kindOf("10001:FEEDBACK", 10_001L, WorkKind.FEEDBACK)).orElseThrow().id();
        work.claim(feedback, "node-a", T0);
        long resolved =
                work.add(kindOf("10001:RESOLVED", 10_001L, WorkKind.RESOLVED)).orElseThrow().id();

        boolean whileFeedbackRuns = work.claim(resolved, "node-b", T0);
        work.complete(feedback);
        boolean afterwards = work.claim(resolved, "node-b", T0);

        assertThat(whileFeedbackRuns).isFalse();
        assertThat(afterwards).isTrue();
    }

    @Test
    void givenTwoWaitingTasksOfOneIssue_claimNewerFirst_onlyTheOlderIsClaimed() {
        AoPendingWork work = new AoPendingWork(ao);
        long first = work.add(taskBy("10001:FEEDBACK", "bob")).orElseThrow().id();
        work.claim(first, "node-a", T0);
        long followUp = work.add(taskBy("10001:FEEDBACK", "bob")).orElseThrow().id();
        work.complete(first);
        long newer = work.add(taskBy("10001:FEEDBACK", "bob")).orElseThrow().id();

        boolean newerClaimed = work.claim(newer, "node-b", T0);
        boolean olderClaimed = work.claim(followUp, "node-a", T0);

        assertThat(newerClaimed).isFalse();
        assertThat(olderClaimed).isTrue();
        assertThat(work.unclaimed(10)).extracting(PendingTask::id).containsExactly(newer);
    }

    @Test
    void givenFailedAttempts_failed_countsThemAndUnclaimedReturnsTheCount() {
        AoPendingWork work = new AoPendingWork(ao);
        long id = work.add(task("10001:TRIAGE")).orElseThrow().id();
        work.claim(id, "node-a", T0);

        int first = work.failed(id);
        int second = work.failed(id);
        work.releaseClaimsBefore(T0.plusSeconds(600));

        assertThat(List.of(first, second)).containsExactly(1, 2);
        assertThat(work.unclaimed(10)).extracting(PendingTask::attempts).containsExactly(2);
        assertThat(work.failed(id + 1000)).isZero();
    }

    @Test
    void givenClaimedTaskWithFailedAttempt_release_makesItClaimableWithTheSameAttempts() {
        AoPendingWork work = new AoPendingWork(ao);
        long id = work.add(task("10001:TRIAGE")).orElseThrow().id();
        work.claim(id, "node-a", T0);
        work.failed(id);

        work.release(id);

        assertThat(work.unclaimed(10)).extracting(PendingTask::attempts).containsExactly(1);
        assertThat(work.claim(id, "node-b", T0)).isTrue();
    }

    @Test
    void givenOlderTaskClaimedAndNewerWaiting_nextOfIssue_isEmptyUntilTheOlderIsDone() {
        AoPendingWork work = new AoPendingWork(ao);
        long older =
                work.add(kindOf("10001:FEEDBACK", 10_001L, WorkKind.FEEDBACK)).orElseThrow().id();
        work.claim(older, "node-a", T0);
        long newer =
                work.add(kindOf("10001:RESOLVED", 10_001L, WorkKind.RESOLVED)).orElseThrow().id();
        work.add(kindOf("10001:UPDATED", 10_001L, WorkKind.FEEDBACK));
        work.add(kindOf("10002:FEEDBACK", 10_002L, WorkKind.FEEDBACK));

        Optional<PendingTask> whileOlderRuns = work.nextOfIssue(10_001L);
        work.complete(older);
        Optional<PendingTask> afterwards = work.nextOfIssue(10_001L);

        assertThat(whileOlderRuns).isEmpty();
        assertThat(afterwards).map(PendingTask::id).contains(newer);
        assertThat(work.nextOfIssue(10_003L)).isEmpty();
    }

    @Test
    void givenRowStoredWithoutAttempts_unclaimed_readsZeroAttempts() {
        Map<String, Object> row = new HashMap<>();
        row.put("EVENT_KEY", "10001:TRIAGE");
        row.put("ISSUE_ID", 10_001L);
        row.put("ISSUE_KEY", "HELP-1");
        row.put("PROJECT_KEY", "HELP");
        row.put("KIND", "TRIAGE");
        row.put("QUEUED_AT", Date.from(T0));
        ao.create(PendingWorkEntity.class, row);

        List<PendingTask> tasks = new AoPendingWork(ao).unclaimed(10);

        assertThat(tasks).extracting(PendingTask::attempts).containsExactly(0);
    }

    @Test
    void givenRowStoredBeforeTheAttemptsColumn_migrate_addsTheColumnReadingZero() {
        ao.migrate(UpgradeEntities.Before.class);
        ao.deleteWithSQL(UpgradeEntities.Before.class, "ID > ?", 0);
        ao.create(UpgradeEntities.Before.class, Map.of("EVENT_KEY", "10001:TRIAGE"));

        ao.migrate(UpgradeEntities.After.class);

        UpgradeEntities.After[] rows = ao.find(UpgradeEntities.After.class, Query.select());
        assertThat(rows).extracting(UpgradeEntities.After::getAttempts).containsExactly(0);
    }

    @Test
    void givenTasksBeforeAndAfterAMove_removeIssueBefore_removesOnlyEarlierOnesAndClaims() {
        AoPendingWork work = new AoPendingWork(ao);
        long before = work.add(taskBy("10001:FEEDBACK", "bob")).orElseThrow().id();
        work.claim(before, "node-a", T0);
        long moved = work.add(task("10001:MOVED")).orElseThrow().id();
        long after = work.add(taskBy("10001:RESOLVED", "bob")).orElseThrow().id();
        long otherIssue =
                work.add(
                                new PendingTask(
                                        null,
                                        "10002:FEEDBACK",
                                        new IssueRef(10_002L, "HELP-2", "HELP"),
                                        WorkKind.FEEDBACK,
                                        "bob",
                                        T0))
                        .orElseThrow()
                        .id();

        int removed = work.removeIssueBefore(10_001L, moved);

        assertThat(removed).isEqualTo(1);
        assertThat(work.unclaimed(10))
                .extracting(PendingTask::id)
                .containsExactly(moved, after, otherIssue);
        assertThat(ao.count(WorkClaimEntity.class, "TASK_ID = ?", (int) before)).isZero();
    }

    @Test
    void givenExamplesOnTwoDays_since_returnsLaterOnesOldestFirst() {
        AoTrainingExamples examples = new AoTrainingExamples(ao);
        examples.add(example("High", T0));
        examples.add(example("Low", T0.plusSeconds(86_400)));
        examples.add(example("Medium", T0.plusSeconds(3_600)));

        List<TrainingExample> found = examples.since("HELP", T0.plusSeconds(60), 10);

        assertThat(found).extracting(TrainingExample::value).containsExactly("Medium", "Low");
    }

    @Test
    void givenTwoSavedModels_latest_returnsSecondWithProvenanceAndBytes() {
        AoModelArchive archive = new AoModelArchive(ao);
        archive.save(model("first"));

        long version = archive.save(model("second"));

        StoredModel latest = archive.latest("HELP").orElseThrow();
        assertThat(version).isEqualTo(2L);
        assertThat(latest.version()).isEqualTo(2L);
        assertThat(new String(latest.bytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(latest.provenance()).isEqualTo("{\"examples\":120}");
        assertThat(archive.latestVersion("OTHER")).isEmpty();
    }

    @Test
    void givenThreeStoredVersions_save_deletesOnlyTheOldestOfThatScope() {
        AoModelArchive archive = new AoModelArchive(ao);
        for (String bytes : List.of("v1", "v2", "v3")) {
            archive.save(model(bytes));
        }
        archive.save(new StoredModel(0L, "OTHER", T0, "{}", "o1".getBytes(StandardCharsets.UTF_8)));

        long version = archive.save(model("v4"));
        archive.save(model("v5"));

        assertThat(version).isEqualTo(4L);
        assertThat(storedVersions("HELP")).containsExactly(3L, 4L, 5L);
        assertThat(storedVersions("OTHER")).containsExactly(1L);
        assertThat(new String(archive.latest("HELP").orElseThrow().bytes(), StandardCharsets.UTF_8))
                .isEqualTo("v5");
        assertThat(archive.latestVersion("HELP")).hasValue(5L);
    }

    @Test
    void givenAutoTriageThenAgentChange_governanceOnAo_recordsChangeAndExample() {
        AoConfigStore configs = new AoConfigStore(ao);
        AoAuditLog log = new AoAuditLog(ao);
        AoTrainingExamples examples = new AoTrainingExamples(ao);
        configs.save(fullConfig());
        IssueRef issue = new IssueRef(7L, "HELP-7", "HELP");
        TriageService triage =
                new TriageService(
                        configs,
                        t -> List.of(high()),
                        log,
                        writer(),
                        Clock.fixed(T0, ZoneOffset.UTC));
        triage.triage(issue, Ticket.builder("HELP-7", T0).build(), Map.of());

        new FeedbackRecorder(log, examples, Clock.fixed(T0, ZoneOffset.UTC))
                .observe(7L, "HELP", Map.of(TargetField.PRIORITY, "Low"), "agent-1", T0, false);

        assertThat(log.forIssue(7L))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.applied()).isTrue();
                            assertThat(r.correction().feedback()).isEqualTo(Feedback.CHANGED);
                        });
        assertThat(examples.since("HELP", T0, 10))
                .extracting(TrainingExample::value)
                .containsExactly("Low");
    }

    @Test
    void givenRecordsOfTwoIssues_removeIssue_removesOnlyThatIssuesRowsEverywhere() {
        AoAuditLog log = new AoAuditLog(ao);
        AoTrainingExamples examples = new AoTrainingExamples(ao);
        AoPendingWork work = new AoPendingWork(ao);
        log.append(record(7L, TargetField.PRIORITY, Action.APPLY));
        log.append(record(8L, TargetField.PRIORITY, Action.APPLY));
        examples.add(example("High", T0));
        long other = work.add(task("10001:FEEDBACK")).orElseThrow().id();
        work.claim(other, "node-a", T0);
        long purge = work.add(task("10001:PURGE")).orElseThrow().id();

        int decisions = log.removeIssue(7L);
        int corrections = examples.removeIssue(7L);
        int tasks = work.removeIssue(10_001L, purge);

        assertThat(List.of(decisions, corrections, tasks)).containsExactly(1, 1, 1);
        assertThat(log.forIssue(8L)).hasSize(1);
        assertThat(examples.since("HELP", T0, 10)).isEmpty();
        assertThat(work.unclaimed(10)).extracting(PendingTask::id).containsExactly(purge);
        assertThat(ao.count(WorkClaimEntity.class, "TASK_ID = ?", (int) other)).isZero();
    }

    @Test
    void givenUserInDecisionsExamplesAndTasks_renameUser_replacesTheKeyEverywhere() {
        AoAuditLog log = new AoAuditLog(ao);
        AoTrainingExamples examples = new AoTrainingExamples(ao);
        AoPendingWork work = new AoPendingWork(ao);
        long assigned = log.append(record(7L, TargetField.ASSIGNEE, Action.APPLY, "bob")).id();
        long priority = log.append(record(7L, TargetField.PRIORITY, Action.APPLY)).id();
        log.correct(priority, new Correction(Feedback.CHANGED, "bob", "Low", T0));
        examples.add(new TrainingExample(7L, "HELP", TargetField.ASSIGNEE, "bob", "ann", T0));
        work.add(taskBy("10001:FEEDBACK", "bob"));

        int changed = log.renameUser("bob", "JIRAUSER10100");
        examples.renameUser("bob", "JIRAUSER10100");
        work.replaceUser("bob", "JIRAUSER10100");

        assertThat(changed).isEqualTo(2);
        assertThat(log.find(assigned).orElseThrow().predictedValue()).isEqualTo("JIRAUSER10100");
        assertThat(log.find(priority).orElseThrow().correction().userKey())
                .isEqualTo("JIRAUSER10100");
        assertThat(examples.newest("HELP", 10))
                .extracting(TrainingExample::value, TrainingExample::userKey)
                .containsExactly(tuple("JIRAUSER10100", "ann"));
        assertThat(work.countUser("JIRAUSER10100")).isEqualTo(1);
        assertThat(log.countUser("bob") + examples.countUser("bob") + work.countUser("bob"))
                .isZero();
    }

    @Test
    void givenUserWhoCorrectedAndWasChosen_forgetUser_clearsWhoAndDropsTheAssigneeExamples() {
        AoAuditLog log = new AoAuditLog(ao);
        AoTrainingExamples examples = new AoTrainingExamples(ao);
        long id = log.append(record(7L, TargetField.PRIORITY, Action.APPLY)).id();
        log.correct(id, new Correction(Feedback.CHANGED, "bob", "Low", T0));
        examples.add(new TrainingExample(7L, "HELP", TargetField.ASSIGNEE, "bob", "ann", T0));
        examples.add(new TrainingExample(7L, "HELP", TargetField.PRIORITY, "Low", "bob", T0));

        int audited = log.forgetUser("bob");
        int learned = examples.forgetUser("bob");

        assertThat(List.of(audited, learned)).containsExactly(1, 2);
        assertThat(log.find(id).orElseThrow().correction())
                .isEqualTo(new Correction(Feedback.CHANGED, null, "Low", T0));
        assertThat(examples.newest("HELP", 10))
                .extracting(TrainingExample::field, TrainingExample::userKey)
                .containsExactly(tuple(TargetField.PRIORITY, null));
    }

    @Test
    void givenExamplesOnTwoDays_newest_returnsThemNewestFirstUpToLimit() {
        AoTrainingExamples examples = new AoTrainingExamples(ao);
        examples.add(example("High", T0));
        examples.add(example("Low", T0.plusSeconds(86_400)));
        examples.add(example("Medium", T0.plusSeconds(3_600)));

        List<TrainingExample> found = examples.newest("HELP", 2);

        assertThat(found).extracting(TrainingExample::value).containsExactly("Low", "Medium");
    }

    @Test
    void givenTwoSavedConfigs_all_returnsBoth() {
        AoConfigStore store = new AoConfigStore(ao);
        store.save(fullConfig());
        store.save(ProjectConfig.defaults("OPS"));

        List<ProjectConfig> all = store.all();

        assertThat(all).containsExactlyInAnyOrder(fullConfig(), ProjectConfig.defaults("OPS"));
    }

    private static FieldPrediction high() {
        return new FieldPrediction(
                TargetField.PRIORITY,
                "High",
                0.95,
                "HELP-1",
                Explanation.of("smarttriage.why.model.terms", "outage"));
    }

    private static IssueWriter writer() {
        return new IssueWriter() {
            @Override
            public boolean apply(IssueRef issue, FieldDecision decision, ProjectConfig config) {
                return true;
            }

            @Override
            public void announce(
                    IssueRef issue, List<FieldDecision> applied, ProjectConfig config) {}
        };
    }

    private void deleteAll(Class<? extends net.java.ao.RawEntity<?>> type) {
        @SuppressWarnings("unchecked")
        Class<? extends net.java.ao.RawEntity<Integer>> typed =
                (Class<? extends net.java.ao.RawEntity<Integer>>) type;
        ao.deleteWithSQL(typed, "ID > ?", 0);
    }

    private static final int CONCURRENT_SAVES = 25;

    private static void saveRepeatedly(AoConfigStore store, ProjectConfig config) {
        for (int i = 0; i < CONCURRENT_SAVES; i++) {
            store.save(config);
        }
    }

    /** Saves after both threads arrived; returns the new version, or minus the stored one. */
    private static long saveAfter(
            CyclicBarrier start, AoConfigStore store, ProjectConfig config, long base)
            throws Exception {
        start.await(1, TimeUnit.MINUTES);
        try {
            return store.save(config, OptionalLong.of(base));
        } catch (StaleConfigException e) {
            return -e.storedVersion();
        }
    }

    private static ProjectConfig uniformConfig(FieldMode mode, double threshold, String agent) {
        Map<TargetField, FieldSettings> fields = new EnumMap<>(TargetField.class);
        for (TargetField field : TargetField.values()) {
            fields.put(field, new FieldSettings(mode, threshold, 0.8));
        }
        return new ProjectConfig(
                "HELP", true, fields, agent, List.of(agent), AssignmentStrategy.PREDICTED, false);
    }

    private static ProjectConfig fullConfig() {
        return new ProjectConfig(
                "HELP",
                true,
                Map.of(TargetField.PRIORITY, new FieldSettings(FieldMode.AUTO, 0.9, 0.8)),
                "triage-bot",
                List.of("agent-1", "agent-2"),
                AssignmentStrategy.BALANCED,
                true);
    }

    private static AuditRecord record(long issueId, TargetField field, Action action) {
        return record(issueId, field, action, "High");
    }

    private static AuditRecord record(
            long issueId, TargetField field, Action action, Explanation note) {
        AuditRecord r = record(issueId, field, action);
        return new AuditRecord(
                null,
                issueId,
                r.projectKey(),
                r.time(),
                field,
                null,
                0.0,
                r.modelVersion(),
                r.mode(),
                r.verdict(),
                false,
                Correction.NONE,
                note);
    }

    private static AuditRecord record(
            long issueId, TargetField field, Action action, String value) {
        return new AuditRecord(
                null,
                issueId,
                "HELP",
                T0,
                field,
                value,
                0.875,
                "HELP-3",
                FieldMode.AUTO,
                new Verdict(action, Reason.MODE),
                action == Action.APPLY,
                Correction.NONE,
                Explanation.NONE);
    }

    private static AuditRecord assignee(
            String project, FieldMode mode, Action action, boolean applied, String agent) {
        return assignee(project, mode, new Verdict(action, Reason.MODE), applied, agent);
    }

    private static AuditRecord assignee(String project, Verdict failed, String agent) {
        return assignee(project, FieldMode.AUTO, failed, false, agent);
    }

    private static AuditRecord assignee(
            String project, FieldMode mode, Verdict verdict, boolean applied, String agent) {
        return new AuditRecord(
                null,
                1L,
                project,
                T0,
                TargetField.ASSIGNEE,
                agent,
                agent == null ? 0 : 1,
                "",
                mode,
                verdict,
                applied,
                Correction.NONE,
                Explanation.NONE);
    }

    private static AuditRecord decidedAt(long issueId, Instant time) {
        AuditRecord r = record(issueId, TargetField.PRIORITY, Action.APPLY);
        return new AuditRecord(
                null,
                issueId,
                r.projectKey(),
                time,
                r.field(),
                r.predictedValue(),
                r.confidence(),
                r.modelVersion(),
                r.mode(),
                r.verdict(),
                r.applied(),
                Correction.NONE,
                Explanation.NONE);
    }

    private static PendingTask task(String eventKey) {
        return new PendingTask(
                null, eventKey, new IssueRef(10_001L, "HELP-1", "HELP"), WorkKind.TRIAGE, null, T0);
    }

    /**
     * Returns the test database's Active Objects, where the first count of claims is preceded by
     * another node completing a task: its task row is gone and its claim too when the count runs.
     */
    private ActiveObjects completingBeforeClaimCount(AoPendingWork other, long taskId) {
        AtomicBoolean done = new AtomicBoolean();
        InvocationHandler handler =
                (proxy, method, args) -> {
                    if (method.getName().equals("count")
                            && args[0] == WorkClaimEntity.class
                            && done.compareAndSet(false, true)) {
                        other.complete(taskId);
                    }
                    try {
                        return method.invoke(ao, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                };
        return (ActiveObjects)
                Proxy.newProxyInstance(
                        ActiveObjects.class.getClassLoader(),
                        new Class<?>[] {ActiveObjects.class},
                        handler);
    }

    private static boolean claimAfter(CyclicBarrier start, AoPendingWork work, long taskId)
            throws Exception {
        start.await(1, TimeUnit.MINUTES);
        return work.claim(taskId, "node-" + taskId, T0);
    }

    private static PendingTask kindOf(String eventKey, long issueId, WorkKind kind) {
        IssueRef issue = new IssueRef(issueId, "HELP-" + (issueId - 10_000L), "HELP");
        return new PendingTask(null, eventKey, issue, kind, "bob", T0);
    }

    private static PendingTask taskBy(String eventKey, String userKey) {
        return new PendingTask(
                null,
                eventKey,
                new IssueRef(10_001L, "HELP-1", "HELP"),
                WorkKind.FEEDBACK,
                userKey,
                T0);
    }

    private static TrainingExample example(String value, Instant time) {
        return new TrainingExample(7L, "HELP", TargetField.PRIORITY, value, "agent-1", time);
    }

    private List<Long> storedVersions(String scope) {
        ModelVersionEntity[] rows =
                ao.find(
                        ModelVersionEntity.class,
                        Query.select("ID, SCOPE, VERSION")
                                .where("SCOPE = ?", scope)
                                .order("VERSION ASC"));
        return Arrays.stream(rows).map(ModelVersionEntity::getVersion).toList();
    }

    private static StoredModel model(String bytes) {
        return new StoredModel(
                0L, "HELP", T0, "{\"examples\":120}", bytes.getBytes(StandardCharsets.UTF_8));
    }
}
