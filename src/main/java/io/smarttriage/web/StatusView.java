package io.smarttriage.web;

/** JSON body of {@code GET /rest/smart-triage/1.0/status}. */
public final class StatusView {
    private final String version;
    private final boolean serviceManagementPresent;

    /** Creates the view from the app version and the current JSM state. */
    public StatusView(String version, boolean serviceManagementPresent) {
        this.version = version;
        this.serviceManagementPresent = serviceManagementPresent;
    }

    /** Returns the app version. */
    public String getVersion() {
        return version;
    }

    /** Returns whether Jira Service Management is installed and enabled. */
    public boolean isServiceManagementPresent() {
        return serviceManagementPresent;
    }
}
