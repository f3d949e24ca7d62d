package com.atlassian.servicedesk.api;

/** Host API stub: a service project (only the id the app reads). */
public interface ServiceDesk {
    int getId();
}
