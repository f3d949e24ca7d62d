package io.smarttriage.jira;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.servicedesk.api.ServiceDeskManager;

/**
 * The only class that names a JSM type; loaded only after {@link ServiceDeskPresence} has seen that
 * the JSM API is visible, so Jira without JSM never tries to link it.
 */
final class ServiceDeskLookup {
    private ServiceDeskLookup() {}

    static boolean isServiceAvailable() {
        return ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskManager.class) != null;
    }
}
