package io.smarttriage.standalone;

import io.smarttriage.domain.Explanation;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders explanations in English for console and report output, from the app's English bundle
 * ({@code i18n/smart-triage.properties} on the classpath), whatever the machine's locale.
 */
final class EnglishExplanations {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle(
                    "i18n.smart-triage",
                    Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));

    private EnglishExplanations() {}

    /** Returns the English text of {@code explanation}; empty when it says nothing. */
    static String of(Explanation explanation) {
        return explanation.render(EnglishExplanations::text);
    }

    /** Returns the English text of one message key with {@code args} filled in. */
    static String text(String key, List<String> args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ENGLISH).format(args.toArray());
    }
}
