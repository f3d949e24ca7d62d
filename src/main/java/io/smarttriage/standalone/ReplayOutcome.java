package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.governance.AuditLog;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.ProjectConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of a replay: accuracy and duplicates read back from the audit log in the database,
 * the rest from the node processes' reports.
 *
 * @param issues requests replayed
 * @param first per field, on the first half of the requests: correct and scored first decisions,
 *     then correct and scored ones among those at or above the field's default threshold
 * @param second the same for the second half
 * @param baselineFirst per field, correct and scored requests of the first half under the
 *     majority-so-far baseline ({@link RunningMajority})
 * @param baselineSecond the same for the second half
 * @param duplicates (issue, field) pairs with more than one decision
 * @param missing requests without any decision
 * @param judged decisions that got feedback from the replayed corrections
 * @param trainers per retraining round, how many nodes trained (one when a node got the lock)
 * @param nodes what each node process reported
 * @param seconds wall-clock time of the replay, from the empty database to the figures
 */
record ReplayOutcome(
        int issues,
        Map<TargetField, int[]> first,
        Map<TargetField, int[]> second,
        Map<TargetField, int[]> baselineFirst,
        Map<TargetField, int[]> baselineSecond,
        int duplicates,
        int missing,
        int judged,
        List<Integer> trainers,
        List<NodeReport> nodes,
        double seconds) {

    static ReplayOutcome measure(
            List<Ticket> tickets,
            AuditLog audit,
            int retrainings,
            List<NodeReport> nodes,
            double seconds) {
        Map<TargetField, int[]> first = counters();
        Map<TargetField, int[]> second = counters();
        int duplicates = 0;
        int missing = 0;
        int judged = 0;
        for (int i = 0; i < tickets.size(); i++) {
            List<AuditRecord> records = audit.forIssue(i + 1L);
            missing += records.isEmpty() ? 1 : 0;
            Map<TargetField, int[]> half = i < tickets.size() / 2 ? first : second;
            for (TargetField field : TargetField.values()) {
                List<AuditRecord> mine = ofField(records, field);
                duplicates += mine.size() > 1 ? 1 : 0;
                score(half.get(field), field, field.valueOf(tickets.get(i)), mine);
            }
            judged +=
                    (int) records.stream().filter(r -> r.correction().feedback().judged()).count();
        }
        Map<TargetField, int[]> baselineFirst = counters();
        Map<TargetField, int[]> baselineSecond = counters();
        RunningMajority.score(tickets, baselineFirst, baselineSecond);
        List<Integer> trainers = new ArrayList<>();
        for (int round = 1; round <= retrainings; round++) {
            int r = round;
            trainers.add((int) nodes.stream().filter(n -> n.trained().contains(r)).count());
        }
        return new ReplayOutcome(
                tickets.size(),
                first,
                second,
                baselineFirst,
                baselineSecond,
                duplicates,
                missing,
                judged,
                List.copyOf(trainers),
                List.copyOf(nodes),
                seconds);
    }

    /** Share of correct decisions of a field in the first (0) or second (1) half. */
    double accuracy(TargetField field, int half) {
        return share((half == 0 ? first : second).get(field));
    }

    /**
     * Share of correct decisions of a field at or above its default threshold in the first (0) or
     * second (1) half; 0 when none reached it.
     */
    double precisionAtThreshold(TargetField field, int half) {
        int[] c = (half == 0 ? first : second).get(field);
        return c[3] == 0 ? 0.0 : (double) c[2] / c[3];
    }

    /** Share of correct majority-so-far guesses of a field in the first (0) or second (1) half. */
    double baseline(TargetField field, int half) {
        return share((half == 0 ? baselineFirst : baselineSecond).get(field));
    }

    private static double share(int[] c) {
        return c[1] == 0 ? 0.0 : (double) c[0] / c[1];
    }

    /** Requests each node triaged, by node name. */
    Map<String, Integer> decidedPerNode() {
        Map<String, Integer> perNode = new TreeMap<>();
        nodes.forEach(n -> perNode.put(n.name(), n.triaged()));
        return perNode;
    }

    /** Per model version, the nodes that made decisions with it. */
    Map<String, Set<String>> versionUsers() {
        Map<String, Set<String>> users = new TreeMap<>();
        for (NodeReport n : nodes) {
            n.versions().forEach(v -> users.computeIfAbsent(v, k -> new TreeSet<>()).add(n.name()));
        }
        return users;
    }

    /** Prints the figures. */
    void print(PrintWriter out, String database) {
        out.printf(
                Locale.ROOT,
                "Replay of %d requests on %s, %s, %s, %.1f s%n",
                issues,
                database,
                counted(nodes.size(), "node process", "node processes"),
                counted(trainers.size(), "retraining round", "retraining rounds"),
                seconds);
        printAccuracy(out);
        printActed(out);
        printNodes(out);
    }

    private void printAccuracy(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%-10s %22s %22s %22s %22s%n",
                "field",
                "first half",
                "second half",
                "majority so far: 1st",
                "2nd");
        for (TargetField field : TargetField.values()) {
            out.printf(
                    Locale.ROOT,
                    "%-10s %22s %22s %22s %22s%n",
                    field.name().toLowerCase(Locale.ROOT),
                    cell(first.get(field)),
                    cell(second.get(field)),
                    cell(baselineFirst.get(field)),
                    cell(baselineSecond.get(field)));
        }
    }

    private void printActed(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "at the default threshold (what suggest or auto mode acts on):"
                        + " precision (correct/acted), coverage%n");
        out.printf(
                Locale.ROOT,
                "%-10s %9s %30s %30s%n",
                "field",
                "threshold",
                "first half",
                "second half");
        for (TargetField field : TargetField.values()) {
            out.printf(
                    Locale.ROOT,
                    "%-10s %9.2f %30s %30s%n",
                    field.name().toLowerCase(Locale.ROOT),
                    threshold(field),
                    actedCell(first.get(field)),
                    actedCell(second.get(field)));
        }
    }

    private void printNodes(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%-8s %8s %8s %12s %8s  %s%n",
                "node",
                "pid",
                "triaged",
                "corrections",
                "judged",
                "trained in rounds / model versions used");
        for (NodeReport n : nodes) {
            out.printf(
                    Locale.ROOT,
                    "%-8s %8d %8d %12d %8d  %s / %s%n",
                    n.name(),
                    n.pid(),
                    n.triaged(),
                    n.corrections(),
                    n.judged(),
                    n.trained(),
                    n.versions());
        }
        out.printf(Locale.ROOT, "trainers per retraining round: %s%n", trainers);
        out.printf(
                Locale.ROOT, "model versions and the nodes that used them: %s%n", versionUsers());
        out.printf(
                Locale.ROOT,
                "decisions with feedback: %d; duplicate decisions: %d; requests without a "
                        + "decision: %d%n",
                judged,
                duplicates,
                missing);
    }

    private static String actedCell(int[] c) {
        if (c[1] == 0) {
            return "no values";
        }
        if (c[3] == 0) {
            return String.format(Locale.ROOT, "none acted, coverage 0/%d", c[1]);
        }
        return String.format(
                Locale.ROOT,
                "%5.1f%% (%d/%d), coverage %.2f",
                100.0 * c[2] / c[3],
                c[2],
                c[3],
                (double) c[3] / c[1]);
    }

    private static String cell(int[] c) {
        if (c[1] == 0) {
            return "no values";
        }
        return String.format(Locale.ROOT, "%5.1f%% (%d/%d)", 100.0 * c[0] / c[1], c[0], c[1]);
    }

    private static void score(
            int[] counter, TargetField field, String truth, List<AuditRecord> decisions) {
        if (truth == null) {
            return;
        }
        counter[1]++;
        if (decisions.isEmpty()) {
            return;
        }
        AuditRecord first = decisions.get(0);
        boolean correct = Objects.equals(truth, first.predictedValue());
        counter[0] += correct ? 1 : 0;
        if (first.predictedValue() != null && first.confidence() >= threshold(field)) {
            counter[3]++;
            counter[2] += correct ? 1 : 0;
        }
    }

    private static double threshold(TargetField field) {
        return ProjectConfig.defaults("ANY").settings(field).threshold();
    }

    private static List<AuditRecord> ofField(List<AuditRecord> records, TargetField field) {
        List<AuditRecord> mine = new ArrayList<>();
        for (AuditRecord r : records) {
            if (r.field() == field) {
                mine.add(r);
            }
        }
        return mine;
    }

    private static Map<TargetField, int[]> counters() {
        Map<TargetField, int[]> c = new EnumMap<>(TargetField.class);
        for (TargetField field : TargetField.values()) {
            c.put(field, new int[4]);
        }
        return c;
    }

    private static String counted(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
