package io.smarttriage.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationHandler;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.governance.UserReferences;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Forgets a user whom Jira anonymizes (module {@code user-anonymization-handler}). Before the
 * anonymization runs, Jira shows the admin what the app holds: records that lose the user's key,
 * availability settings that lose the user's entries, agent pools the user leaves, and, to be
 * changed by hand, projects whose automation user the user is and the forecast job when it runs as
 * the user (its run-as user is cleared). The key itself is replaced afterwards by {@link
 * TriageUserKeyChangeHandler}.
 */
public class TriageUserAnonymizationHandler
        extends UserReferencesHandler<UserAnonymizationParameter>
        implements UserAnonymizationHandler {

    /** Creates the handler over the app's stored user references. */
    public TriageUserAnonymizationHandler(UserReferences references, I18nResolver i18n) {
        super(references, i18n);
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserAnonymizationParameter user) {
        UserReferences.Usage usage = references.usage(user.getUserKey());
        List<AffectedEntity> lines = new ArrayList<>();
        lines.addAll(
                line(AffectedEntityType.REMOVE, "smarttriage.anonymize.records", usage.records()));
        lines.addAll(
                line(
                        AffectedEntityType.ANONYMIZE,
                        "smarttriage.anonymize.pool",
                        usage.poolProjects().size() - usage.soleAgentProjects().size()));
        lines.addAll(
                line(
                        AffectedEntityType.REMOVE,
                        "smarttriage.anonymize.availability",
                        usage.availabilityProjects().size()));
        lines.addAll(
                line(
                        AffectedEntityType.MANUAL,
                        "smarttriage.anonymize.automation",
                        usage.manualChanges()));
        lines.addAll(
                line(
                        AffectedEntityType.MANUAL,
                        "smarttriage.anonymize.forecast",
                        usage.forecastRunAs() ? 1 : 0));
        return lines;
    }

    @Override
    public ServiceResult update(UserAnonymizationParameter user) {
        return run("forget the records", () -> references.forget(user.getUserKey()));
    }
}
