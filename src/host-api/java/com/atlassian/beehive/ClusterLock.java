package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** Host API stub: a lock held across all nodes of the cluster. */
public interface ClusterLock extends Lock {}
