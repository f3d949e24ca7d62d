package io.smarttriage.jira;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Tells whether Jira Service Management is installed and enabled right now.
 *
 * <p>The JSM packages are optional imports, so the app also installs on Jira without JSM. Each call
 * first checks that the JSM API class is visible to this bundle and only then looks the service up;
 * nothing is cached because admins can enable or disable JSM at run time.
 */
public class ServiceDeskPresence {
    static final String JSM_API_CLASS = "com.atlassian.servicedesk.api.ServiceDeskManager";

    private final Predicate<String> classVisible;
    private final BooleanSupplier serviceAvailable;

    /** Checks the bundle's own class loader and the host's OSGi service registry. */
    public ServiceDeskPresence() {
        this(ServiceDeskPresence::isVisible, ServiceDeskLookup::isServiceAvailable);
    }

    ServiceDeskPresence(Predicate<String> classVisible, BooleanSupplier serviceAvailable) {
        this.classVisible = classVisible;
        this.serviceAvailable = serviceAvailable;
    }

    /** Returns {@code true} when the JSM API is wired to this app and its service is running. */
    public boolean isPresent() {
        return classVisible.test(JSM_API_CLASS) && serviceAvailable.getAsBoolean();
    }

    private static boolean isVisible(String className) {
        try {
            Class.forName(className, false, ServiceDeskPresence.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
