package com.atlassian.sal.api.user;

import java.io.Serializable;

/** Host API stub: SAL's stable user identifier; the app only passes it back to SAL. */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private UserKey() {}
}
