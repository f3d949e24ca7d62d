package io.smarttriage.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

/** Registers a node's job runner and schedules its cron job once for the whole cluster. */
public final class ClusterJobs {

    private ClusterJobs() {}

    /**
     * Registers {@code runner} on this node under {@code runnerKey} and schedules {@code jobId} to
     * run once per cluster on {@code cron}; the schedule is replaced, not duplicated, when another
     * node schedules it too.
     *
     * @throws SchedulerServiceException when the scheduler refuses the schedule
     */
    public static void registerCron(
            SchedulerService scheduler,
            String runnerKey,
            String jobId,
            String cron,
            JobRunner runner)
            throws SchedulerServiceException {
        scheduler.registerJobRunner(JobRunnerKey.of(runnerKey), runner);
        scheduler.scheduleJob(
                JobId.of(jobId),
                JobConfig.forJobRunnerKey(JobRunnerKey.of(runnerKey))
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forCronExpression(cron)));
    }
}
