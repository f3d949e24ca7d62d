package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The requests a replay runs: those with a project and a creation date, filtered by {@code
 * --projects} and {@code --since}, oldest first, at most {@code --limit}.
 *
 * @param projects the projects to keep, or {@code null} for all
 * @param since the earliest creation time to keep, or {@code null}
 * @param limit the most requests to keep, or {@code null} for all
 */
record ReplaySelection(List<String> projects, Instant since, Integer limit) {

    /** Returns the requests the replay can use: those with a project and a creation date. */
    static List<Ticket> usable(List<Ticket> all) {
        return all.stream().filter(t -> t.project() != null && t.created() != null).toList();
    }

    /**
     * Returns the selected requests of {@code usable}, oldest first.
     *
     * @throws InputException when none is left, or none of a project named in {@code --projects},
     *     naming the filters and what the export holds
     */
    List<Ticket> apply(Path export, List<Ticket> usable) {
        if (usable.isEmpty()) {
            throw new InputException(
                    export
                            + ": no request has both a project and a creation date, and the"
                            + " replay needs both");
        }
        List<Ticket> chosen =
                usable.stream()
                        .filter(t -> projects == null || projects.contains(t.project()))
                        .filter(t -> since == null || !t.created().isBefore(since))
                        .sorted(Comparator.comparing(Ticket::created).thenComparing(Ticket::key))
                        .toList();
        if (chosen.isEmpty()) {
            throw new InputException(nothingMatches(export, usable, "no request"));
        }
        if (projects != null) {
            Set<String> found = new HashSet<>();
            chosen.forEach(t -> found.add(t.project()));
            List<String> missing = projects.stream().filter(p -> !found.contains(p)).toList();
            if (!missing.isEmpty()) {
                throw new InputException(
                        nothingMatches(export, usable, "no request of the projects " + missing));
            }
        }
        return limit == null || chosen.size() <= limit ? chosen : chosen.subList(0, limit);
    }

    private String nothingMatches(Path export, List<Ticket> usable, String subject) {
        TreeSet<String> present = new TreeSet<>();
        usable.forEach(t -> present.add(t.project()));
        Instant last = usable.stream().map(Ticket::created).max(Comparator.naturalOrder()).get();
        StringBuilder filters = new StringBuilder();
        if (projects != null) {
            filters.append(" --projects ").append(String.join(",", projects));
        }
        if (since != null) {
            filters.append(" --since ").append(since);
        }
        return String.format(
                "%s: %s matches%s; the export holds the projects %s, created up to %s",
                export, subject, filters, Objects.toString(present), last);
    }
}
