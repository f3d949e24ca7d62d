package com.atlassian.scheduler;

/** Host API stub: code the scheduler runs for a job. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
