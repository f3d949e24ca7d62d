package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The training tickets that have a value of the target field, with class indices. */
final class LabelledRows {
    final List<Ticket> tickets;
    final List<String> classes;
    final int[] label;

    private LabelledRows(List<Ticket> tickets, List<String> classes, int[] label) {
        this.tickets = tickets;
        this.classes = classes;
        this.label = label;
    }

    /** Keeps the tickets with a value of {@code field}; classes sorted by name. */
    static LabelledRows of(List<Ticket> history, TargetField field) {
        List<Ticket> kept = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        for (Ticket ticket : history) {
            String value = field.valueOf(ticket);
            if (value != null) {
                kept.add(ticket);
                names.add(value);
            }
        }
        if (names.size() < 2) {
            throw new IllegalArgumentException(
                    "training "
                            + field
                            + " needs at least 2 distinct"
                            + " values among "
                            + history.size()
                            + " tickets, found "
                            + names);
        }
        List<String> classes = List.copyOf(names);
        int[] label = new int[kept.size()];
        for (int i = 0; i < label.length; i++) {
            label[i] = classes.indexOf(field.valueOf(kept.get(i)));
        }
        return new LabelledRows(List.copyOf(kept), classes, label);
    }

    int size() {
        return label.length;
    }

    /** Returns the number of rows per class name, sorted by name. */
    Map<String, Integer> classCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (int k : label) {
            counts.merge(classes.get(k), 1, Integer::sum);
        }
        return counts;
    }
}
