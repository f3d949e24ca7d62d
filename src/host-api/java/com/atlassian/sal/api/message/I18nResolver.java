package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Host API stub: resolves the app's i18n keys for the current user's locale. */
public interface I18nResolver {
    String getText(String key, Serializable... arguments);
}
