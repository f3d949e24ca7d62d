package com.atlassian.event.api;

/** Host API stub: the host's event bus (atlassian-event). */
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
