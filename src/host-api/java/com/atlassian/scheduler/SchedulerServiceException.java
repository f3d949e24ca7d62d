package com.atlassian.scheduler;

/** Host API stub: checked exception thrown when a job cannot be scheduled. */
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
