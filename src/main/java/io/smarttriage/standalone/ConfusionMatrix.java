package io.smarttriage.standalone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Confusion counts over the most frequent true classes; rarer classes are grouped into one extra
 * last row and column when there are any.
 *
 * @param labels the classes shown, most frequent first
 * @param groupedClasses how many rarer classes the last row and column group together (0: none)
 * @param counts {@code counts[t][p]}: requests of true class t predicted as p
 */
record ConfusionMatrix(List<String> labels, int groupedClasses, List<List<Integer>> counts) {

    /** Builds the matrix for {@code outcomes}, showing at most {@code maxClasses} classes. */
    static ConfusionMatrix of(List<Outcome> outcomes, int maxClasses) {
        Map<String, Long> frequency =
                outcomes.stream()
                        .collect(Collectors.groupingBy(Outcome::truth, Collectors.counting()));
        outcomes.forEach(o -> frequency.putIfAbsent(o.predicted(), 0L));
        List<String> ranked =
                frequency.keySet().stream()
                        .sorted(
                                Comparator.comparing((String l) -> -frequency.get(l))
                                        .thenComparing(Comparator.naturalOrder()))
                        .toList();
        List<String> shown = ranked.subList(0, Math.min(maxClasses, ranked.size()));
        int grouped = ranked.size() - shown.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            index.put(shown.get(i), i);
        }
        int size = shown.size() + (grouped > 0 ? 1 : 0);
        int[][] cells = new int[size][size];
        for (Outcome outcome : outcomes) {
            cells[index.getOrDefault(outcome.truth(), size - 1)][
                    index.getOrDefault(outcome.predicted(), size - 1)]++;
        }
        List<List<Integer>> rows = new ArrayList<>(size);
        for (int[] row : cells) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new ConfusionMatrix(List.copyOf(shown), grouped, rows);
    }
}
