package io.smarttriage.governance;

import java.util.Optional;

/** Port: the stored key of the user a background job runs as, such as the forecast job. */
public interface RunAsUserStore {

    /**
     * Returns the stored run-as user key; empty when none is stored or the setting is unreadable.
     */
    Optional<String> runAsUserKey();

    /**
     * Replaces the run-as user key when it is {@code oldKey}, keeping the other settings.
     *
     * @param newKey the key to store, or {@code null} to clear the run-as user
     * @return whether the stored setting changed
     */
    boolean replaceRunAsUser(String oldKey, String newKey);
}
