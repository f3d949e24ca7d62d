package io.smarttriage.jira;

import com.atlassian.event.api.EventPublisher;

/**
 * Base of the app's event listeners: registers the subclass with Jira's event publisher when Spring
 * starts the bean and unregisters it when Spring stops it, so no listener outlives the app.
 */
abstract class RegisteredListener {
    private final EventPublisher eventPublisher;

    RegisteredListener(EventPublisher eventPublisher) {
        this.eventPublisher = eventPublisher;
    }

    /** Starts receiving events (Spring init method). */
    public void register() {
        eventPublisher.register(this);
    }

    /** Stops receiving events (Spring destroy method). */
    public void unregister() {
        eventPublisher.unregister(this);
    }
}
