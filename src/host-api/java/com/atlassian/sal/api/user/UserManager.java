package com.atlassian.sal.api.user;

/** Host API stub: SAL's cross-product user manager (only the methods the app calls). */
public interface UserManager {
    UserKey getRemoteUserKey();

    boolean isSystemAdmin(UserKey userKey);
}
