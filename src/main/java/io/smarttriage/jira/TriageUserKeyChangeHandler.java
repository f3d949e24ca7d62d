package io.smarttriage.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.governance.UserReferences;
import java.util.Collection;

/**
 * Rewrites a user key everywhere the app stores it when Jira changes the key, as it does when it
 * anonymizes a user (module {@code user-key-change-handler}).
 */
public class TriageUserKeyChangeHandler extends UserReferencesHandler<UserPropertyChangeParameter>
        implements UserKeyChangeHandler {

    /** Creates the handler over the app's stored user references. */
    public TriageUserKeyChangeHandler(UserReferences references, I18nResolver i18n) {
        super(references, i18n);
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter change) {
        UserReferences.Usage usage = references.usage(change.getOriginal());
        return line(
                AffectedEntityType.ANONYMIZE,
                "smarttriage.anonymize.keys",
                usage.records() + usage.settings());
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter change) {
        return run(
                "rewrite the key",
                () -> references.rename(change.getOriginal(), change.getTarget()));
    }
}
