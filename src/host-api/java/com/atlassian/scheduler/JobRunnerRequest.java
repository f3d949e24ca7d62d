package com.atlassian.scheduler;

/** Host API stub: the context of one job run (no members used). */
public interface JobRunnerRequest {}
