package io.smarttriage.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds, rewrites and forgets the user keys the app stores: who reacted to a decision, who made a
 * correction, who caused queued work, predicted and corrected assignees, the automation user, agent
 * pool and agents' availability of each project, and the user the forecast job runs as. Stored
 * models are not edited: an assignee label in a model keeps the old key until the next nightly
 * retraining, which reads current keys from Jira and the rewritten corrections; until then such a
 * prediction names a user Jira no longer knows, and Jira refuses the assignment. An on-demand
 * retraining after a key change would close that gap.
 */
public final class UserReferences {
    private static final Logger LOG = LoggerFactory.getLogger(UserReferences.class);

    private final AuditLog audit;
    private final TrainingExampleStore examples;
    private final PendingWorkStore work;
    private final ConfigStore configs;
    private final AvailabilityStore availability;
    private final RunAsUserStore runAs;

    /** Creates the service over every store that holds user keys. */
    public UserReferences(
            AuditLog audit,
            TrainingExampleStore examples,
            PendingWorkStore work,
            ConfigStore configs,
            AvailabilityStore availability,
            RunAsUserStore runAs) {
        this.audit = audit;
        this.examples = examples;
        this.work = work;
        this.configs = configs;
        this.availability = availability;
        this.runAs = runAs;
    }

    /** Returns where the app holds the user key. */
    public Usage usage(String userKey) {
        requireKey(userKey, "user key");
        List<ProjectConfig> all = configs.all();
        return new Usage(
                audit.countUser(userKey),
                examples.countUser(userKey),
                work.countUser(userKey),
                all.stream()
                        .filter(c -> userKey.equals(c.automationUserKey()))
                        .map(ProjectConfig::projectKey)
                        .toList(),
                all.stream()
                        .filter(c -> c.agentPool().contains(userKey))
                        .map(ProjectConfig::projectKey)
                        .toList(),
                all.stream()
                        .filter(c -> c.agentPool().equals(List.of(userKey)))
                        .map(ProjectConfig::projectKey)
                        .toList(),
                List.copyOf(availabilityNaming(userKey).keySet()),
                runAs.runAsUserKey().filter(userKey::equals).isPresent());
    }

    /**
     * Replaces a user key everywhere the app holds it, after Jira changed the key.
     *
     * @return the number of stored rows and configurations changed
     */
    public int rename(String oldKey, String newKey) {
        requireKey(oldKey, "old user key");
        requireKey(newKey, "new user key");
        int changed = audit.renameUser(oldKey, newKey);
        changed += examples.renameUser(oldKey, newKey);
        changed += work.replaceUser(oldKey, newKey);
        for (ProjectConfig config : configs.all()) {
            if (configs.update(
                    config.projectKey(),
                    c ->
                            c.agentPool().contains(oldKey) || oldKey.equals(c.automationUserKey())
                                    ? renamed(c, oldKey, newKey)
                                    : null)) {
                changed++;
            }
        }
        changed +=
                rewriteAvailability(
                        oldKey, json -> AvailabilityUsers.renamed(json, oldKey, newKey));
        if (runAs.replaceRunAsUser(oldKey, newKey)) {
            changed++;
        }
        return changed;
    }

    /**
     * Forgets an anonymized user: reactions and corrections stay without the user's key, the
     * corrections that chose the user as assignee are removed, and the user leaves every agent pool
     * that has other agents. A pool of only this user is kept for the admin to change ({@link
     * Usage#soleAgentProjects}); the router leaves the inactive user out, so such a project gets no
     * automatic assignee until then, as a project without a pool gets none. An automation user is
     * kept as well, for the admin to replace ({@link Usage#automatedProjects}). The user's
     * availability entries (hours, absences, capacity) are removed, and absences the user covered
     * keep no cover. The forecast job's run-as user is cleared when it is the user, so the job
     * skips its runs until an administrator sets another ({@link Usage#forecastRunAs}).
     *
     * @return the number of stored rows and configurations changed
     */
    public int forget(String userKey) {
        requireKey(userKey, "user key");
        int changed = audit.forgetUser(userKey);
        changed += examples.forgetUser(userKey);
        changed += work.replaceUser(userKey, null);
        for (ProjectConfig config : configs.all()) {
            if (configs.update(config.projectKey(), c -> withoutAgent(c, userKey))) {
                changed++;
            }
        }
        changed += rewriteAvailability(userKey, json -> AvailabilityUsers.forgotten(json, userKey));
        if (runAs.replaceRunAsUser(userKey, null)) {
            changed++;
        }
        return changed;
    }

    private static ProjectConfig withoutAgent(ProjectConfig config, String userKey) {
        if (!config.agentPool().contains(userKey) || config.agentPool().size() < 2) {
            return null;
        }
        List<String> pool = config.agentPool().stream().filter(k -> !k.equals(userKey)).toList();
        return config.withUsers(config.automationUserKey(), pool);
    }

    /**
     * Returns the availability JSON of each project that names the user, by project key; unreadable
     * JSON is skipped.
     */
    private Map<String, String> availabilityNaming(String userKey) {
        Map<String, String> naming = new LinkedHashMap<>();
        for (String projectKey : availability.projectKeys()) {
            availability
                    .json(projectKey)
                    .filter(json -> namesUser(projectKey, json, userKey))
                    .ifPresent(json -> naming.put(projectKey, json));
        }
        return naming;
    }

    /** Stores the rewritten JSON of each project that names the user; returns how many. */
    private int rewriteAvailability(String userKey, UnaryOperator<String> rewrite) {
        Map<String, String> naming = availabilityNaming(userKey);
        naming.forEach((projectKey, json) -> availability.save(projectKey, rewrite.apply(json)));
        return naming.size();
    }

    private static boolean namesUser(String projectKey, String json, String userKey) {
        try {
            return AvailabilityUsers.names(json, userKey);
        } catch (IllegalArgumentException e) {
            LOG.warn(
                    "Availability of project {} is not a readable JSON object; its user keys are"
                            + " left as stored",
                    projectKey);
            return false;
        }
    }

    private static ProjectConfig renamed(ProjectConfig config, String oldKey, String newKey) {
        String automation =
                oldKey.equals(config.automationUserKey()) ? newKey : config.automationUserKey();
        List<String> pool =
                config.agentPool().stream().map(k -> k.equals(oldKey) ? newKey : k).toList();
        return config.withUsers(automation, pool);
    }

    private static void requireKey(String key, String what) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, was '" + key + "'");
        }
    }

    /**
     * Where the app holds one user key.
     *
     * @param decisions audit records naming the user
     * @param corrections training examples naming the user
     * @param tasks queued tasks the user caused
     * @param automatedProjects projects whose automation user the user is
     * @param poolProjects projects whose agent pool holds the user
     * @param soleAgentProjects projects whose agent pool holds only the user
     * @param availabilityProjects projects whose availability JSON names the user, as agent or as
     *     cover of an absence
     * @param forecastRunAs whether the forecast job runs as the user
     */
    public record Usage(
            int decisions,
            int corrections,
            int tasks,
            List<String> automatedProjects,
            List<String> poolProjects,
            List<String> soleAgentProjects,
            List<String> availabilityProjects,
            boolean forecastRunAs) {

        /** Copies the lists. */
        public Usage {
            automatedProjects = List.copyOf(Objects.requireNonNull(automatedProjects));
            poolProjects = List.copyOf(Objects.requireNonNull(poolProjects));
            soleAgentProjects = List.copyOf(Objects.requireNonNull(soleAgentProjects));
            availabilityProjects = List.copyOf(Objects.requireNonNull(availabilityProjects));
        }

        /** Returns how many settings hold the user key: project settings and the forecast job's. */
        public int settings() {
            return automatedProjects.size()
                    + poolProjects.size()
                    + availabilityProjects.size()
                    + (forecastRunAs ? 1 : 0);
        }

        /** Returns how many project settings an admin has to change by hand. */
        public int manualChanges() {
            return automatedProjects.size() + soleAgentProjects.size();
        }

        /** Returns how many stored records name the user, configurations not counted. */
        public int records() {
            return decisions + corrections + tasks;
        }
    }
}
