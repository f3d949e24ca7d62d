package com.atlassian.beehive;

/** Host API stub: hands out cluster-wide locks by name. */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
