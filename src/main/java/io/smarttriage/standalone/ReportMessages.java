package io.smarttriage.standalone;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's texts from {@code standalone/report.properties}, for use in the template. */
public final class ReportMessages {

    private final ResourceBundle bundle;

    ReportMessages(Locale locale) {
        bundle = ResourceBundle.getBundle("standalone.report", locale);
    }

    /** Returns the text for {@code key}. */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** Returns the text for {@code key} with its {0}, {1}, ... placeholders filled. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    }
}
