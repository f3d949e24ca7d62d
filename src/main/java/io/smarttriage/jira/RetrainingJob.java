package io.smarttriage.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.ConfigStore;
import io.smarttriage.governance.ModelArchive;
import io.smarttriage.governance.ModelTrainer;
import io.smarttriage.governance.ProjectConfig;
import io.smarttriage.governance.StoredModel;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly retraining job: runs once per cluster, under a cluster lock, and for every enabled
 * project reads resolved requests through Jira search (as the project's automation user), trains a
 * model and stores it with its provenance in the shared database, where every node finds it.
 */
public class RetrainingJob implements JobRunner {
    static final String RUNNER_KEY = "io.smarttriage.triage.retrain";
    static final String JOB_ID = "io.smarttriage.triage.retrain.nightly";
    static final String LOCK_NAME = "io.smarttriage.triage.retrain.lock";

    /** Every day at 03:30 server time. */
    static final String NIGHTLY_CRON = "0 30 3 * * ?";

    /** Fewest resolved requests a project needs before a model is trained. */
    static final int MIN_HISTORY = 50;

    private static final Logger log = LoggerFactory.getLogger(RetrainingJob.class);

    private final SchedulerService scheduler;
    private final ClusterLockService locks;
    private final Sources sources;
    private final ModelTrainer trainer;
    private final ModelArchive archive;
    private final Clock clock;

    /** Creates the job; {@link #register} hooks it into the scheduler. */
    public RetrainingJob(
            SchedulerService scheduler,
            ClusterLockService locks,
            ProjectManager projects,
            UserManager users,
            ConfigStore configs,
            CorrectedHistory history,
            ModelTrainer trainer,
            ModelArchive archive) {
        this(
                scheduler,
                locks,
                new Sources(projects, users, configs, history),
                trainer,
                archive,
                Clock.systemUTC());
    }

    RetrainingJob(
            SchedulerService scheduler,
            ClusterLockService locks,
            Sources sources,
            ModelTrainer trainer,
            ModelArchive archive,
            Clock clock) {
        this.scheduler = scheduler;
        this.locks = locks;
        this.sources = sources;
        this.trainer = trainer;
        this.archive = archive;
        this.clock = clock;
    }

    /** Registers this node's runner and schedules the cluster-wide nightly job. */
    public void register() {
        try {
            ClusterJobs.registerCron(scheduler, RUNNER_KEY, JOB_ID, NIGHTLY_CRON, this);
        } catch (SchedulerServiceException e) {
            log.error(
                    "Retraining job {} could not be scheduled; models stay as they are", JOB_ID, e);
        }
    }

    /** Unregisters this node's runner; the schedule stays for the other nodes. */
    public void unregister() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ClusterLock lock = locks.getLockForName(LOCK_NAME);
        if (!lock.tryLock()) {
            return JobRunnerResponse.aborted("another node is retraining");
        }
        try {
            int trained = 0;
            List<ProjectConfig> enabled = sources.enabledProjects();
            for (ProjectConfig config : enabled) {
                trained += retrain(config) ? 1 : 0;
            }
            return JobRunnerResponse.success(trained + " of " + enabled.size() + " models trained");
        } finally {
            lock.unlock();
        }
    }

    private boolean retrain(ProjectConfig config) {
        String key = config.projectKey();
        try {
            ApplicationUser user = sources.user(config);
            if (user == null) {
                log.warn("Project {} has no valid automation user; not retrained", key);
                return false;
            }
            List<Ticket> history = sources.history().read(user, key);
            if (history.size() < MIN_HISTORY) {
                log.info(
                        "Project {} has {} resolved requests, fewer than {}; not retrained",
                        key,
                        history.size(),
                        MIN_HISTORY);
                return false;
            }
            byte[] model = trainer.train(history);
            long version =
                    archive.save(
                            new StoredModel(
                                    0L,
                                    key,
                                    clock.instant(),
                                    Provenance.json(
                                            key, history, trainer.describe(), clock.instant()),
                                    model));
            log.info(
                    "Project {}: model version {} trained on {} requests",
                    key,
                    version,
                    history.size());
            return true;
        } catch (Exception e) {
            log.warn("Retraining of project {} failed", key, e);
            return false;
        }
    }

    /** Where the job finds projects, users and history. */
    record Sources(
            ProjectManager projects,
            UserManager users,
            ConfigStore configs,
            CorrectedHistory history) {

        List<ProjectConfig> enabledProjects() {
            return projects.getProjects().stream()
                    .map(Project::getKey)
                    .map(configs::configFor)
                    .filter(ProjectConfig::enabled)
                    .toList();
        }

        ApplicationUser user(ProjectConfig config) {
            String key = config.automationUserKey();
            return key == null ? null : users.getUserByKey(key);
        }
    }
}
