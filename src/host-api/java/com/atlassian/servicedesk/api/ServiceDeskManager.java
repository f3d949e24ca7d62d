package com.atlassian.servicedesk.api;

/** Host API stub: JSM's service desk lookup; the app only checks that the service exists. */
public interface ServiceDeskManager {}
