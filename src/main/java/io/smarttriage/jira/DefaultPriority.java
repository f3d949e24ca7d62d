package io.smarttriage.jira;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.config.manager.PrioritySchemeManager;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The priority Jira gives an issue when nobody picks one: the default of the priority scheme that
 * applies to the issue's project and issue type. The scheme manager is looked up on each call.
 *
 * <p>When Jira cannot tell (no scheme manager, or a scheme without default), callers treat a
 * priority present at creation as chosen by a person, so it is never overwritten. Comparing with
 * {@code PriorityManager#getDefaultPriority()}, deprecated since Jira 7.6, would narrow that case.
 */
public class DefaultPriority {
    private final Supplier<PrioritySchemeManager> schemes;

    /** Looks the priority scheme manager up in Jira's component container. */
    public DefaultPriority() {
        this(() -> ComponentAccessor.getComponent(PrioritySchemeManager.class));
    }

    DefaultPriority(Supplier<PrioritySchemeManager> schemes) {
        this.schemes = schemes;
    }

    /** Returns the id of the default priority for the issue, or empty when Jira cannot tell. */
    Optional<String> idFor(Issue issue) {
        PrioritySchemeManager manager = schemes.get();
        return manager == null
                ? Optional.empty()
                : Optional.ofNullable(manager.getDefaultOption(issue));
    }
}
