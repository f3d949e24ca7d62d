package com.atlassian.scheduler.config;

/** Host API stub: the key a job runner is registered under. */
public final class JobRunnerKey {
    private JobRunnerKey() {}

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("stub");
    }
}
