package io.smarttriage.jira;

import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.IssueRef;
import io.smarttriage.governance.PendingTask;
import io.smarttriage.governance.PendingWorkStore;
import io.smarttriage.governance.WorkKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes work off Jira's event thread. Each task is first stored as pending work in the shared
 * database (one waiting task per issue and kind, so a burst of events adds one task; an event that
 * arrives while that task is worked on adds a follow-up task; tasks of one issue run one at a time,
 * oldest first), then handed to a bounded executor. When the executor's queue is full the task is
 * reported and stays stored; a periodic sweep, also run at start-up, finds stored tasks that no
 * node is working on and queues them, so work survives a full queue, a restart or a node that died.
 * When a task is done, the next stored task of its issue is queued at once rather than left to the
 * sweep. Never throws into event dispatch.
 */
public class TriageDispatcher implements CreatedIssueSink {
    /** Tasks waiting in memory on one node before new ones are left to the sweep. */
    public static final int QUEUE_CAPACITY = 500;

    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);
    static final long SWEEP_SECONDS = 60;
    static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(TriageDispatcher.class);

    private final PendingWorkStore work;
    private final ConfigStore configs;
    private final PendingWorkRunner runner;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService sweeper;
    private final Clock clock;
    private final Duration stopWait;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final Map<Long, PendingTask> running = new ConcurrentHashMap<>();
    private final Set<Long> again = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /** Creates a dispatcher with two worker threads and {@link #QUEUE_CAPACITY}. */
    public TriageDispatcher(PendingWorkStore work, ConfigStore configs, PendingWorkRunner runner) {
        this(
                work,
                configs,
                runner,
                new ThreadPoolExecutor(
                        2, 2, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY)),
                Executors.newSingleThreadScheduledExecutor(),
                Clock.systemUTC(),
                STOP_WAIT);
    }

    TriageDispatcher(
            PendingWorkStore work,
            ConfigStore configs,
            PendingWorkRunner runner,
            ThreadPoolExecutor executor,
            ScheduledExecutorService sweeper,
            Clock clock,
            Duration stopWait) {
        this.work = work;
        this.configs = configs;
        this.runner = runner;
        this.executor = executor;
        this.sweeper = sweeper;
        this.clock = clock;
        this.stopWait = stopWait;
    }

    /** Starts the periodic sweep, the first one at once (Spring init method). */
    public void start() {
        sweeper.scheduleWithFixedDelay(this::sweep, 0, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Stops the sweep and the workers (Spring destroy method). Queued tasks are not started;
     * running ones get a few seconds to finish, then are interrupted and logged. Unfinished tasks
     * stay stored, so another node or the next start does them.
     */
    public void stop() {
        stopping = true;
        sweeper.shutdownNow();
        executor.shutdown();
        List<Runnable> notStarted = new ArrayList<>();
        executor.getQueue().drainTo(notStarted);
        if (!notStarted.isEmpty()) {
            log.info("{} queued triage tasks not started; they stay stored", notStarted.size());
        }
        try {
            if (!executor.awaitTermination(stopWait.toMillis(), TimeUnit.MILLISECONDS)) {
                logStillRunning();
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            logStillRunning();
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void logStillRunning() {
        for (PendingTask task : running.values()) {
            log.warn(
                    "{} work for issue {} (task {}) still running at shutdown; interrupted, it"
                            + " stays stored",
                    task.kind(),
                    task.issue().issueKey(),
                    task.id());
        }
    }

    @Override
    public boolean offer(CreatedIssue issue) {
        IssueRef ref = new IssueRef(issue.issueId(), issue.issueKey(), issue.projectKey());
        return offer(ref, WorkKind.TRIAGE, null);
    }

    /**
     * Stores and queues work for an issue of an enabled project; does nothing for other projects,
     * except housekeeping work ({@link WorkKind#housekeeping()}), which is queued for every
     * project.
     *
     * @return {@code false} only when the work could not be stored
     */
    public boolean offer(IssueRef issue, WorkKind kind, String userKey) {
        try {
            if (!kind.housekeeping() && !configs.configFor(issue.projectKey()).enabled()) {
                return true;
            }
            String eventKey = issue.issueId() + ":" + kind;
            work.add(new PendingTask(null, eventKey, issue, kind, userKey, clock.instant()))
                    .ifPresent(this::submit);
            return true;
        } catch (RuntimeException e) {
            log.error(
                    "Could not store {} work for issue {} (id {})",
                    kind,
                    issue.issueKey(),
                    issue.issueId(),
                    e);
            return false;
        }
    }

    /** Releases expired claims and queues stored tasks no node is working on. */
    void sweep() {
        try {
            work.releaseClaimsBefore(clock.instant().minus(CLAIM_TIMEOUT));
            for (PendingTask task : work.unclaimed(executor.getQueue().remainingCapacity())) {
                if (stopping) {
                    return;
                }
                submit(task);
            }
        } catch (RuntimeException e) {
            log.warn("Sweep of pending triage work failed; next try in {} s", SWEEP_SECONDS, e);
        }
    }

    private void submit(PendingTask task) {
        if (queued.add(task.id())) {
            execute(task);
        }
    }

    /**
     * Queues the next task of an issue whose previous task is done. When that task is already
     * queued or running here, it is queued once more after its run: a run whose claim was refused
     * just before the previous task was done would otherwise leave it to the sweep.
     */
    private void submitNext(PendingTask task) {
        if (queued.add(task.id())) {
            execute(task);
            return;
        }
        again.add(task.id());
        if (queued.add(task.id())) {
            again.remove(task.id());
            execute(task);
        }
    }

    private void execute(PendingTask task) {
        try {
            executor.execute(() -> runThenForget(task));
        } catch (RejectedExecutionException e) {
            queued.remove(task.id());
            if (executor.isShutdown()) {
                log.debug(
                        "Triage is stopping: {} work for issue {} (task {}) stays stored",
                        task.kind(),
                        task.issue().issueKey(),
                        task.id());
                return;
            }
            log.warn(
                    "Triage queue full ({} tasks): {} work for issue {} stays stored for the"
                            + " next sweep",
                    QUEUE_CAPACITY,
                    task.kind(),
                    task.issue().issueKey());
        }
    }

    private void runThenForget(PendingTask task) {
        running.put(task.id(), task);
        try {
            runner.run(task, () -> stopping);
        } catch (RuntimeException e) {
            log.error("{} work for issue {} failed", task.kind(), task.issue().issueKey(), e);
        } finally {
            running.remove(task.id());
            queued.remove(task.id());
        }
        if (again.remove(task.id()) && !stopping) {
            submit(task);
            return;
        }
        queueNextOfIssue(task);
    }

    /**
     * Queues the issue's next stored task, which a claim refused while this one ran; nothing while
     * stopping, and never the same task again (a claim that keeps failing must not spin; a task
     * asked for again by {@link #submitNext} runs once more instead).
     */
    private void queueNextOfIssue(PendingTask done) {
        if (stopping) {
            return;
        }
        try {
            work.nextOfIssue(done.issue().issueId())
                    .filter(next -> !next.id().equals(done.id()))
                    .ifPresent(this::submitNext);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not look up further work for issue {}; the sweep finds it",
                    done.issue().issueKey(),
                    e);
        }
    }
}
