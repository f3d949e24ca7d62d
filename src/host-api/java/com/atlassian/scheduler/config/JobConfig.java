package com.atlassian.scheduler.config;

/** Host API stub: an immutable job configuration built fluently. */
public final class JobConfig {
    private JobConfig() {}

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("stub");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("stub");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("stub");
    }
}
