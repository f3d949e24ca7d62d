package com.atlassian.servicedesk.api.comment;

/** Host API stub: a JSM comment; the app only receives it. */
public interface ServiceDeskComment {}
