package io.smarttriage.jira.forecast;

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
import io.smarttriage.jira.ClusterJobs;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily forecast job: runs on one node of the cluster, takes a cluster lock so that runs never
 * overlap, and forecasts every configured project. Dashboards only read what it stored.
 */
public class ForecastJob implements JobRunner {
    static final String RUNNER_KEY = "io.smarttriage.forecast.job";
    static final String JOB_ID = "io.smarttriage.forecast.daily";
    static final String LOCK_NAME = "io.smarttriage.forecast.job.lock";

    /** Every day at 02:30 server time. */
    static final String DAILY_CRON = "0 30 2 * * ?";

    private static final Logger LOG = LoggerFactory.getLogger(ForecastJob.class);

    private final SchedulerService scheduler;
    private final ClusterLockService locks;
    private final ForecastStore store;
    private final ProjectForecaster forecaster;
    private final ProjectManager projects;
    private final UserManager users;

    /** Creates the job; {@link #register} hooks it into the scheduler. */
    public ForecastJob(
            SchedulerService scheduler,
            ClusterLockService locks,
            ForecastStore store,
            ProjectForecaster forecaster,
            ProjectManager projects,
            UserManager users) {
        this.scheduler = scheduler;
        this.locks = locks;
        this.store = store;
        this.forecaster = forecaster;
        this.projects = projects;
        this.users = users;
    }

    /**
     * Registers this node's runner and schedules the daily job (the schedule is cluster-wide and
     * replaced, not duplicated, when another node schedules it too). A scheduling failure is logged
     * and leaves the app running: stored forecasts stay readable.
     */
    public void register() {
        try {
            ClusterJobs.registerCron(scheduler, RUNNER_KEY, JOB_ID, DAILY_CRON, this);
        } catch (SchedulerServiceException e) {
            LOG.error(
                    "Forecast job {} could not be scheduled with cron '{}'; no new forecasts"
                            + " until the app is enabled again",
                    JOB_ID,
                    DAILY_CRON,
                    e);
        }
    }

    /**
     * Unregisters this node's runner. The schedule stays: other nodes still run it, and a node
     * without the runner leaves the run to them.
     */
    public void unregister() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(RUNNER_KEY));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ClusterLock lock = locks.getLockForName(LOCK_NAME);
        if (!lock.tryLock()) {
            return JobRunnerResponse.aborted("another node is computing forecasts");
        }
        try {
            return runLocked();
        } finally {
            lock.unlock();
        }
    }

    private JobRunnerResponse runLocked() {
        ForecastJobConfig config = store.config();
        ApplicationUser user =
                config.runAsUserKey() == null ? null : users.getUserByKey(config.runAsUserKey());
        if (user == null || !user.isActive()) {
            LOG.warn(
                    "Forecast job skipped: setting {} names {}; a system administrator sets the"
                            + " run-as user with PUT /rest/smart-triage/1.0/forecast-job/config",
                    ForecastStore.CONFIG_KEY,
                    runAsProblem(config, user));
            return JobRunnerResponse.aborted("no active run-as user configured");
        }
        int done = 0;
        List<String> keys = projectKeys(config);
        for (String key : keys) {
            try {
                forecaster.forecast(user, key, config);
                done++;
            } catch (Exception e) {
                LOG.warn("Forecast of project {} failed: {}", key, e.getMessage(), e);
            }
        }
        LOG.info("Forecast job stored {} of {} project forecasts", done, keys.size());
        return JobRunnerResponse.success(done + " of " + keys.size() + " projects forecast");
    }

    /** Names what is wrong with the run-as user, without naming the user. */
    private static String runAsProblem(ForecastJobConfig config, ApplicationUser user) {
        if (config.runAsUserKey() == null) {
            return "no run-as user";
        }
        return user == null ? "a run-as user Jira does not know" : "a deactivated run-as user";
    }

    private List<String> projectKeys(ForecastJobConfig config) {
        if (!config.projects().isEmpty()) {
            return config.projects();
        }
        return projects.getProjects().stream().map(Project::getKey).toList();
    }
}
