package io.smarttriage.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.AbstainingTriager;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.IssueWriter;
import io.smarttriage.governance.MemoryAuditLog;
import io.smarttriage.governance.MemoryConfigStore;
import io.smarttriage.governance.MemoryExamples;
import io.smarttriage.governance.MemoryPendingWork;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.PendingWorkStore;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.Records;
import io.smarttriage.governance.WorkKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TriageDispatcherTest {
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Duration STOP_WAIT = Duration.ofMillis(300);

    private final MemoryPendingWork work = new MemoryPendingWork();
    private final MemoryConfigStore configs = new MemoryConfigStore();
    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final IssueManager issues = mock(IssueManager.class);
    private final CountDownLatch jiraBlocked = new CountDownLatch(1);
    private final ThreadPoolExecutor executor =
            new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1));
    private final TriageDispatcher dispatcher =
            new TriageDispatcher(
                    work,
                    configs,
                    new PendingWorkRunner(
                            work,
                            issues,
                            JiraMocks.fieldsWithoutJsm(),
                            configs,
                            new PendingWorkRunner.Services(
                                    audit,
                                    new MemoryExamples(),
                                    new AbstainingTriager(),
                                    mock(IssueWriter.class)),
                            CLOCK,
                            "node-a"),
                    executor,
                    Executors.newSingleThreadScheduledExecutor(),
                    CLOCK,
                    STOP_WAIT);

    @AfterEach
    void stopWorkers() throws InterruptedException {
        jiraBlocked.countDown();
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void givenDisabledProject_offer_storesNothing() {
        configs.save(ProjectConfig.defaults("HELP"));

        boolean accepted = dispatcher.offer(new CreatedIssue(1L, "HELP-1", "HELP"));

        assertThat(accepted).isTrue();
        assertThat(work.all()).isEmpty();
    }

    @Test
    void givenIssueDeletedInDisabledProject_offerPurge_storesAndDoesIt()
            throws InterruptedException {
        configs.save(ProjectConfig.defaults("HELP"));
        audit.append(
                Records.decision(1L, TargetField.PRIORITY, "High", Action.APPLY, Instant.EPOCH));

        boolean accepted =
                dispatcher.offer(new IssueRef(1L, "HELP-1", "HELP"), WorkKind.PURGE, null);
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);

        assertThat(accepted).isTrue();
        assertThat(audit.all()).isEmpty();
        assertThat(work.all()).isEmpty();
    }

    @Test
    void givenSameEventTwice_offer_storesOneTask() {
        enableAndBlockJira();

        dispatcher.offer(new CreatedIssue(1L, "HELP-1", "HELP"));
        dispatcher.offer(new CreatedIssue(1L, "HELP-1", "HELP"));

        assertThat(work.all()).hasSize(1);
    }

    @Test
    void givenFullQueue_offer_keepsTheTaskStoredForTheSweep() {
        enableAndBlockJira();
        dispatcher.offer(new CreatedIssue(1L, "HELP-1", "HELP"));
        dispatcher.offer(new CreatedIssue(2L, "HELP-2", "HELP"));

        boolean accepted = dispatcher.offer(new CreatedIssue(3L, "HELP-3", "HELP"));

        assertThat(accepted).isTrue();
        assertThat(work.all()).hasSize(3);
        assertThat(work.unclaimed(10)).extracting(t -> t.issue().issueKey()).contains("HELP-3");
    }

    @Test
    void givenWorkStoredBeforeARestart_sweep_findsAndDoesIt() throws InterruptedException {
        configs.save(ProjectConfig.defaults("HELP").withEnabled(true));
        IssueRef ref = new IssueRef(4L, "HELP-4", "HELP");
        work.add(new PendingTask(null, "4:TRIAGE", ref, WorkKind.TRIAGE, null, CLOCK.instant()));

        dispatcher.sweep();
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);

        assertThat(work.all()).isEmpty();
    }

    @Test
    void givenFeedbackTaskBeingWorkedOn_offerTheSameEventTwice_storesOneFollowUpTask()
            throws InterruptedException {
        enableAndBlockJira();
        IssueRef ref = new IssueRef(1L, "HELP-1", "HELP");
        dispatcher.offer(ref, WorkKind.FEEDBACK, "agent-1");
        long first = awaitClaimed();

        dispatcher.offer(ref, WorkKind.FEEDBACK, "agent-1");
        dispatcher.offer(ref, WorkKind.FEEDBACK, "agent-1");

        assertThat(work.all())
                .extracting(PendingTask::eventKey)
                .containsExactly("1:FEEDBACK", "1:FEEDBACK+" + first);
    }

    @Test
    void givenTaskRunningAndOneQueued_stop_waitsBoundedTimeAndLeavesBothStored()
            throws InterruptedException {
        enableAndBlockJira();
        dispatcher.offer(new CreatedIssue(1L, "HELP-1", "HELP"));
        awaitClaimed();
        dispatcher.offer(new CreatedIssue(2L, "HELP-2", "HELP"));
        long start = System.nanoTime();

        dispatcher.stop();

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(STOP_WAIT).isLessThan(Duration.ofSeconds(5));
        assertThat(executor.isShutdown()).isTrue();
        assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(work.all()).extracting(t -> t.issue().issueKey()).contains("HELP-1", "HELP-2");
        assertThat(work.unclaimed(10)).extracting(t -> t.issue().issueKey()).contains("HELP-2");
    }

    @Test
    void givenInterruptedCallerAndRunningTask_stop_stopsWorkersAndKeepsTheInterruptFlag()
            throws InterruptedException {
        enableAndBlockJira();
        dispatcher.offer(new CreatedIssue(1L, "HELP-1", "HELP"));
        awaitClaimed();
        Thread.currentThread().interrupt();

        dispatcher.stop();

        assertThat(Thread.interrupted()).isTrue();
        assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(work.all()).extracting(t -> t.issue().issueKey()).containsExactly("HELP-1");
    }

    @Test
    void givenTaskRunningAtStop_stop_keepsItStoredUnclaimedWithoutAFailedAttempt()
            throws InterruptedException {
        enableAndBlockJira();
        dispatcher.offer(new CreatedIssue(1L, "HELP-1", "HELP"));
        awaitClaimed();

        dispatcher.stop();

        assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(work.unclaimed(10))
                .extracting(t -> t.issue().issueKey(), PendingTask::attempts)
                .containsExactly(tuple("HELP-1", 0));
    }

    @Test
    void givenStoppedDispatcher_offer_keepsTheTaskStoredWithoutReportingAFullQueue()
            throws InterruptedException {
        configs.save(ProjectConfig.defaults("HELP").withEnabled(true));
        dispatcher.stop();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream stderr = System.err;

        boolean accepted;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            accepted = dispatcher.offer(new CreatedIssue(1L, "HELP-1", "HELP"));
        } finally {
            System.setErr(stderr);
        }

        assertThat(accepted).isTrue();
        assertThat(work.unclaimed(10)).extracting(t -> t.issue().issueKey()).contains("HELP-1");
        assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain("queue full");
    }

    @Test
    void givenNewerTaskOfTheIssueStoredWhileTheOlderRuns_olderDone_doesTheNewerWithoutASweep()
            throws InterruptedException {
        enableAndBlockJira();
        IssueRef ref = new IssueRef(1L, "HELP-1", "HELP");
        dispatcher.offer(ref, WorkKind.TRIAGE, null);
        awaitClaimed();
        work.add(
                new PendingTask(
                        null, "1:FEEDBACK", ref, WorkKind.FEEDBACK, "bob", CLOCK.instant()));

        jiraBlocked.countDown();
        awaitAllDone();

        assertThat(work.all()).isEmpty();
    }

    @Test
    void givenNewerTaskRefusedJustAsTheOlderIsDone_olderDone_stillDoesTheNewerWithoutASweep()
            throws InterruptedException {
        enableAndBlockJira();
        ThreadPoolExecutor workers =
                new ThreadPoolExecutor(
                        2, 2, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(4));
        RefusalHook store = new RefusalHook(() -> awaitOlderDone(workers));
        TriageDispatcher twoWorkers = dispatcherOn(store, workers);
        IssueRef ref = new IssueRef(1L, "HELP-1", "HELP");
        twoWorkers.offer(ref, WorkKind.TRIAGE, null);
        awaitClaimed(store);

        twoWorkers.offer(ref, WorkKind.FEEDBACK, "bob");
        awaitAllDone(store);

        try {
            assertThat(store.all()).isEmpty();
        } finally {
            workers.shutdown();
            workers.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    /** Lets the older task finish and waits until its worker is done, queueing included. */
    private void awaitOlderDone(ThreadPoolExecutor workers) {
        jiraBlocked.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (workers.getCompletedTaskCount() < 1 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private TriageDispatcher dispatcherOn(PendingWorkStore store, ThreadPoolExecutor workers) {
        return new TriageDispatcher(
                store,
                configs,
                new PendingWorkRunner(
                        store,
                        issues,
                        JiraMocks.fieldsWithoutJsm(),
                        configs,
                        new PendingWorkRunner.Services(
                                audit,
                                new MemoryExamples(),
                                new AbstainingTriager(),
                                mock(IssueWriter.class)),
                        CLOCK,
                        "node-a"),
                workers,
                Executors.newSingleThreadScheduledExecutor(),
                CLOCK,
                STOP_WAIT);
    }

    /** Waits until a worker claimed the only task of {@code store} and returns its id. */
    private static long awaitClaimed(RefusalHook store) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!store.unclaimed(10).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(store.unclaimed(10)).isEmpty();
        return store.all().get(0).id();
    }

    /** Waits up to two seconds, far less than a sweep, until {@code store} holds no task. */
    private static void awaitAllDone(RefusalHook store) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!store.all().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** Waits until a worker claimed the only stored task and returns its id. */
    private long awaitClaimed() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!work.unclaimed(10).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(work.unclaimed(10)).isEmpty();
        return work.all().get(0).id();
    }

    private void enableAndBlockJira() {
        configs.save(ProjectConfig.defaults("HELP").withEnabled(true));
        when(issues.getIssueObject(anyLong()))
                .thenAnswer(
                        call -> {
                            try {
                                jiraBlocked.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new IllegalStateException("interrupted reading the issue");
                            }
                            return null;
                        });
    }

    /** Waits until no task is stored any more. */
    private void awaitAllDone() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!work.all().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** Pending work in memory that runs a hook after a claim it refused, before answering. */
    private static final class RefusalHook implements PendingWorkStore {
        private final MemoryPendingWork work = new MemoryPendingWork();
        private final Runnable afterRefusal;

        RefusalHook(Runnable afterRefusal) {
            this.afterRefusal = afterRefusal;
        }

        List<PendingTask> all() {
            return work.all();
        }

        @Override
        public Optional<PendingTask> add(PendingTask task) {
            return work.add(task);
        }

        @Override
        public List<PendingTask> unclaimed(int limit) {
            return work.unclaimed(limit);
        }

        @Override
        public boolean claim(long taskId, String node, Instant now) {
            boolean claimed = work.claim(taskId, node, now);
            if (!claimed) {
                afterRefusal.run();
            }
            return claimed;
        }

        @Override
        public int failed(long taskId) {
            return work.failed(taskId);
        }

        @Override
        public void complete(long taskId) {
            work.complete(taskId);
        }

        @Override
        public void release(long taskId) {
            work.release(taskId);
        }

        @Override
        public Optional<PendingTask> nextOfIssue(long issueId) {
            return work.nextOfIssue(issueId);
        }

        @Override
        public int releaseClaimsBefore(Instant before) {
            return work.releaseClaimsBefore(before);
        }

        @Override
        public int removeIssue(long issueId, long keepTaskId) {
            return work.removeIssue(issueId, keepTaskId);
        }

        @Override
        public int removeIssueBefore(long issueId, long taskId) {
            return work.removeIssueBefore(issueId, taskId);
        }

        @Override
        public int countUser(String userKey) {
            return work.countUser(userKey);
        }

        @Override
        public int replaceUser(String oldKey, String newKey) {
            return work.replaceUser(oldKey, newKey);
        }
    }
}
