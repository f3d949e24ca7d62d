package com.atlassian.servicedesk.api.request;

/** Host API stub: a JSM customer request (no members called). */
public interface CustomerRequest {}
