package io.smarttriage.standalone;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Page text from the {@code standalone/forecast} bundle, HTML-escaped for the template. */
public final class ForecastMessages {

    private final ResourceBundle bundle;

    private ForecastMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ForecastMessages load() {
        return new ForecastMessages(ResourceBundle.getBundle("standalone.forecast", Locale.ROOT));
    }

    /** Returns the escaped text of {@code key}. */
    public String text(String key) {
        return escape(bundle.getString(key));
    }

    /** Returns the escaped text of {@code key} with {@code args} filled in. */
    public String format(String key, Object... args) {
        return escape(new MessageFormat(bundle.getString(key), Locale.ROOT).format(args));
    }

    /** Returns {@code text} HTML-escaped, for values that are not from the bundle. */
    public String html(String text) {
        return escape(text);
    }

    String plain(String key) {
        return bundle.getString(key);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
