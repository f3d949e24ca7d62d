package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges agents' corrections into the requests a model is trained on. For a request in the history
 * window, the latest correction of a field replaces the field's value. Corrected requests outside
 * the window are read one by one, up to {@link #MAX_LOOKUPS}, and added with their corrections;
 * those that are gone or beyond the bound are counted and logged, never skipped silently.
 */
public final class CorrectionMerger {
    /** Most corrections read per project and run, newest first. */
    public static final int MAX_CORRECTIONS = 20_000;

    /** Most requests outside the window read by id per project and run. */
    public static final int MAX_LOOKUPS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(CorrectionMerger.class);

    private final TrainingExampleStore examples;

    /** Creates a merger over the stored corrections. */
    public CorrectionMerger(TrainingExampleStore examples) {
        this.examples = examples;
    }

    /** Returns the window's requests with corrections applied, then the corrected ones outside. */
    public Merged merge(String projectKey, List<HistoryEntry> window, TicketLookup lookup) {
        Map<Long, Map<TargetField, String>> latest = latestCorrections(projectKey);
        List<Ticket> tickets = new ArrayList<>(window.size());
        int corrected = 0;
        for (HistoryEntry entry : window) {
            Map<TargetField, String> fields = latest.get(entry.issueId());
            tickets.add(fields == null ? entry.ticket() : corrected(entry.ticket(), fields));
            corrected += fields == null ? 0 : 1;
        }
        window.forEach(entry -> latest.remove(entry.issueId()));
        Merged merged = addOutside(projectKey, latest, lookup, tickets, corrected);
        log(projectKey, merged);
        return merged;
    }

    private Merged addOutside(
            String projectKey,
            Map<Long, Map<TargetField, String>> outside,
            TicketLookup lookup,
            List<Ticket> tickets,
            int corrected) {
        int added = 0;
        int missing = 0;
        int looked = 0;
        for (Map.Entry<Long, Map<TargetField, String>> entry : outside.entrySet()) {
            if (looked++ == MAX_LOOKUPS) {
                break;
            }
            Optional<Ticket> ticket = lookup.find(entry.getKey(), projectKey);
            if (ticket.isPresent()) {
                tickets.add(corrected(ticket.get(), entry.getValue()));
                added++;
            } else {
                missing++;
            }
        }
        int beyond = Math.max(0, outside.size() - MAX_LOOKUPS);
        return new Merged(List.copyOf(tickets), corrected, added, missing, beyond);
    }

    /** Latest corrected value per issue and field; issues in order of their newest correction. */
    private Map<Long, Map<TargetField, String>> latestCorrections(String projectKey) {
        List<TrainingExample> newest = examples.newest(projectKey, MAX_CORRECTIONS);
        if (newest.size() == MAX_CORRECTIONS) {
            log.warn(
                    "Project {}: only the newest {} corrections are merged into training",
                    projectKey,
                    MAX_CORRECTIONS);
        }
        Map<Long, Map<TargetField, String>> latest = new LinkedHashMap<>();
        for (TrainingExample example : newest) {
            latest.computeIfAbsent(example.issueId(), id -> new EnumMap<>(TargetField.class))
                    .putIfAbsent(example.field(), example.value());
        }
        return latest;
    }

    private static void log(String projectKey, Merged merged) {
        if (merged.missing() > 0 || merged.beyondLimit() > 0) {
            log.warn(
                    "Project {}: corrections of {} deleted or unreadable requests and of {} beyond"
                            + " the {} read by id are not used for training",
                    projectKey,
                    merged.missing(),
                    merged.beyondLimit(),
                    MAX_LOOKUPS);
        }
        log.info(
                "Project {}: corrections applied to {} requests of the history and {} added",
                projectKey,
                merged.corrected(),
                merged.added());
    }

    /** Returns the ticket with the corrected values in place of its own. */
    static Ticket corrected(Ticket t, Map<TargetField, String> fields) {
        String component = fields.get(TargetField.COMPONENT);
        return new Ticket(
                t.key(),
                t.project(),
                t.created(),
                t.resolved(),
                t.summary(),
                t.description(),
                t.environment(),
                t.reporter(),
                fields.getOrDefault(TargetField.ASSIGNEE, t.assignee()),
                fields.getOrDefault(TargetField.PRIORITY, t.priority()),
                fields.getOrDefault(TargetField.CATEGORY, t.category()),
                component == null ? t.components() : List.of(componentName(t, component)),
                t.labels(),
                t.affectsVersions());
    }

    /** Component values are stored as {@code PROJECT/name}, as {@link TargetField} reads them. */
    private static String componentName(Ticket t, String value) {
        String prefix = (t.project() == null ? "" : t.project()) + "/";
        return value.startsWith(prefix) ? value.substring(prefix.length()) : value;
    }

    /**
     * The training requests after merging, with what happened to the corrections.
     *
     * @param tickets the window's requests, corrected, then the added ones
     * @param corrected requests of the window that got at least one corrected value
     * @param added corrected requests outside the window that were read and added
     * @param missing corrected requests that were deleted, unreadable or moved away
     * @param beyondLimit corrected requests outside the window not read because of the bound
     */
    public record Merged(
            List<Ticket> tickets, int corrected, int added, int missing, int beyondLimit) {}
}
