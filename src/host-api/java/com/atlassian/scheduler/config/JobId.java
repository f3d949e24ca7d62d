package com.atlassian.scheduler.config;

/** Host API stub: the cluster-wide id of a scheduled job. */
public final class JobId {
    private JobId() {}

    public static JobId of(String id) {
        throw new UnsupportedOperationException("stub");
    }
}
