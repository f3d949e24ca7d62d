package io.smarttriage.i18n;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * A real {@link I18nResolver} over the app's bundle files for tests: it formats the value with
 * {@link MessageFormat} as the host does and returns the key itself when the bundle lacks it.
 */
public final class BundleI18nResolver implements I18nResolver {
    private final Properties messages = new Properties();
    private final Locale locale;

    private BundleI18nResolver(String file, Locale locale) {
        this.locale = locale;
        try (InputStream in = Files.newInputStream(Path.of("i18n", file))) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundle i18n/" + file, e);
        }
    }

    /** Returns a resolver over the English bundle. */
    public static BundleI18nResolver english() {
        return new BundleI18nResolver("smart-triage.properties", Locale.ENGLISH);
    }

    /** Returns a resolver over the German bundle. */
    public static BundleI18nResolver german() {
        return new BundleI18nResolver("smart-triage_de.properties", Locale.GERMAN);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = messages.getProperty(key);
        return pattern == null ? key : new MessageFormat(pattern, locale).format(arguments);
    }
}
