package com.atlassian.servicedesk.api.requesttype;

/** Host API stub: a JSM request type (only the getters the app calls). */
public interface RequestType {
    int getId();

    String getName();
}
