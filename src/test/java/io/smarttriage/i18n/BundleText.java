package io.smarttriage.i18n;

import io.smarttriage.domain.Explanation;

/** Renders explanations with the app's bundle files, for assertions on the text people see. */
public final class BundleText {
    private BundleText() {}

    /** Returns the English text of {@code explanation}. */
    public static String english(Explanation explanation) {
        return render(explanation, BundleI18nResolver.english());
    }

    /** Returns the German text of {@code explanation}. */
    public static String german(Explanation explanation) {
        return render(explanation, BundleI18nResolver.german());
    }

    private static String render(Explanation explanation, BundleI18nResolver bundle) {
        return explanation.render((key, args) -> bundle.getText(key, args.toArray(new String[0])));
    }
}
