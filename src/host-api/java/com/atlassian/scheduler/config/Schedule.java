package com.atlassian.scheduler.config;

/** Host API stub: when a job runs. */
public final class Schedule {
    private Schedule() {}

    public static Schedule forCronExpression(String cronExpression) {
        throw new UnsupportedOperationException("stub");
    }
}
