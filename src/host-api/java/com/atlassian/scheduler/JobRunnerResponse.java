package com.atlassian.scheduler;

/** Host API stub: the outcome of one job run. */
public final class JobRunnerResponse {
    private JobRunnerResponse() {}

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static JobRunnerResponse aborted(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static JobRunnerResponse failed(Throwable cause) {
        throw new UnsupportedOperationException("stub");
    }
}
