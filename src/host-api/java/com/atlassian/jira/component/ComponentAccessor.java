package com.atlassian.jira.component;

/** Host API stub: static access to Jira components and to services exported by other apps. */
public class ComponentAccessor {
    private ComponentAccessor() {}

    public static <T> T getOSGiComponentInstanceOfType(Class<T> componentClass) {
        throw new UnsupportedOperationException("host API stub");
    }

    public static <T> T getComponent(Class<T> componentClass) {
        throw new UnsupportedOperationException("host API stub");
    }
}
