package io.smarttriage.web;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;

/** A request value that breaks a rule: the i18n key of the message and its parameters. */
final class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final Serializable[] arguments;

    /** Creates the problem; the arguments name the value and the rule it breaks. */
    InvalidInput(String key, Serializable... arguments) {
        super(key, null, false, false);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Returns the message in the caller's language. */
    String message(I18nResolver i18n) {
        return i18n.getText(key, arguments);
    }
}
