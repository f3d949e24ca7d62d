package com.atlassian.jira.util;

/** Host API stub: error messages of a service call. No member is called by the app. */
public interface ErrorCollection {}
