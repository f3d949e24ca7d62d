package com.atlassian.scheduler.config;

/** Host API stub: whether a job runs on one node of the cluster or on every node. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
