package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which classes a request can take. A component belongs to one project, so a component model only
 * considers the components of the request's own project (all of them when the project is unknown);
 * other fields consider every class.
 */
final class CandidateScope {
    private final Map<String, boolean[]> allowedByProject = new HashMap<>();
    private final boolean byProject;

    private CandidateScope(TargetField field, List<String> labels) {
        byProject = field == TargetField.COMPONENT;
        for (int k = 0; byProject && k < labels.size(); k++) {
            String label = labels.get(k);
            String project = label.substring(0, Math.max(0, label.indexOf('/')));
            allowedByProject.computeIfAbsent(project, p -> new boolean[labels.size()])[k] = true;
        }
    }

    static CandidateScope of(TargetField field, List<String> labels) {
        return new CandidateScope(field, labels);
    }

    /** Returns a group number per class (classes of one project share it), or {@code null}. */
    int[] groups(List<String> labels) {
        if (!byProject) {
            return null;
        }
        List<String> projects = List.copyOf(new java.util.TreeSet<>(allowedByProject.keySet()));
        int[] groups = new int[labels.size()];
        for (int k = 0; k < groups.length; k++) {
            String label = labels.get(k);
            groups[k] = projects.indexOf(label.substring(0, Math.max(0, label.indexOf('/'))));
        }
        return groups;
    }

    /** Sets the scores of classes {@code ticket} cannot take to negative infinity. */
    void restrict(Ticket ticket, double[] scores) {
        boolean[] allowed = byProject ? allowedByProject.get(projectOf(ticket)) : null;
        if (allowed == null) {
            return;
        }
        for (int k = 0; k < scores.length; k++) {
            if (!allowed[k]) {
                scores[k] = Double.NEGATIVE_INFINITY;
            }
        }
    }

    private static String projectOf(Ticket ticket) {
        return ticket.project() == null ? "" : ticket.project();
    }
}
