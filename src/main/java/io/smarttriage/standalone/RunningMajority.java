package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The replay's baseline: each request is given, per field, the most frequent final value among the
 * earlier requests of its project (the first value to reach that count wins a tie), which is what a
 * desk that always picks its most common value so far would do.
 */
final class RunningMajority {
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, String> leaders = new HashMap<>();

    /**
     * Scores the baseline on {@code tickets} in their order: per field, correct and scored requests
     * (those with a final value) of the first half go to {@code first}, the rest to {@code second}.
     */
    static void score(
            List<Ticket> tickets, Map<TargetField, int[]> first, Map<TargetField, int[]> second) {
        RunningMajority majority = new RunningMajority();
        for (int i = 0; i < tickets.size(); i++) {
            Map<TargetField, int[]> half = i < tickets.size() / 2 ? first : second;
            Ticket t = tickets.get(i);
            for (TargetField field : TargetField.values()) {
                String truth = field.valueOf(t);
                if (truth != null) {
                    String scope = t.project() + "\u0000" + field;
                    int[] c = half.get(field);
                    c[1]++;
                    c[0] += Objects.equals(truth, majority.leaders.get(scope)) ? 1 : 0;
                    majority.count(scope, truth);
                }
            }
        }
    }

    private void count(String scope, String value) {
        Map<String, Integer> values = counts.computeIfAbsent(scope, s -> new HashMap<>());
        int n = values.merge(value, 1, Integer::sum);
        String leader = leaders.get(scope);
        if (leader == null || n > values.get(leader)) {
            leaders.put(scope, value);
        }
    }
}
