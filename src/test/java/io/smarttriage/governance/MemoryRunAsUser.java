package io.smarttriage.governance;

import java.util.Optional;

/** A run-as user key in memory, for tests. */
public final class MemoryRunAsUser implements RunAsUserStore {
    private String userKey;

    /** Creates the store holding {@code userKey}; {@code null} for none. */
    public MemoryRunAsUser(String userKey) {
        this.userKey = userKey;
    }

    @Override
    public Optional<String> runAsUserKey() {
        return Optional.ofNullable(userKey);
    }

    @Override
    public boolean replaceRunAsUser(String oldKey, String newKey) {
        if (!oldKey.equals(userKey)) {
            return false;
        }
        userKey = newKey;
        return true;
    }
}
