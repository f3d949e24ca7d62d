package io.smarttriage.jira;

import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.domain.Explanation;
import java.io.Serializable;

/** Renders explanations in the current user's language through the host's i18n resolver. */
public final class ExplanationText {
    private ExplanationText() {}

    /** Returns the text of {@code explanation}; empty when it says nothing. */
    public static String of(Explanation explanation, I18nResolver i18n) {
        return explanation.render(
                (key, args) -> i18n.getText(key, args.toArray(new Serializable[0])));
    }
}
