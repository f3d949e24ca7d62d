package io.smarttriage.jira;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.AnonymizationHandler;
import com.atlassian.jira.util.SimpleErrorCollection;
import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.governance.UserReferences;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the app's anonymization handlers: they work on the app's stored user references, build
 * the preview lines Jira shows the admin, and run an update so that a failure becomes an error in
 * Jira's anonymization result instead of an exception (Jira then offers to retry).
 *
 * @param <T> what Jira passes to the handler
 */
abstract class UserReferencesHandler<T> implements AnonymizationHandler<T> {
    private static final Logger log = LoggerFactory.getLogger(UserReferencesHandler.class);

    final UserReferences references;
    private final I18nResolver i18n;

    UserReferencesHandler(UserReferences references, I18nResolver i18n) {
        this.references = references;
        this.i18n = i18n;
    }

    /** The app's part is one step for Jira's progress bar. */
    @Override
    public int getNumberOfTasks(T parameter) {
        return 1;
    }

    /**
     * Returns one preview line, or none when the count is zero. The nested builder type of {@link
     * AffectedEntity} is not verified against the Jira 11 jar; if it differs, linking fails, which
     * is logged and leaves the preview without the app's line (the update still runs).
     */
    List<AffectedEntity> line(AffectedEntityType type, String descriptionKey, long count) {
        if (count == 0) {
            return List.of();
        }
        try {
            return List.of(
                    AffectedEntity.newBuilder(type)
                            .descriptionKey(descriptionKey)
                            .numberOfOccurrences(count)
                            .build());
        } catch (LinkageError e) {
            log.warn("Anonymization preview line {} not built: {}", descriptionKey, e.toString());
            return List.of();
        }
    }

    /** Runs an update; a failure is logged and returned as an error, never thrown. */
    ServiceResult run(String what, Runnable update) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        try {
            update.run();
        } catch (RuntimeException e) {
            log.error("Smart Triage could not {} of a user; Jira may retry", what, e);
            errors.addErrorMessage(i18n.getText("smarttriage.anonymize.failed", e.toString()));
        }
        return new ServiceResultImpl(errors);
    }
}
