package io.smarttriage.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The header row of a CSV export: column positions by name, repeated names allowed. */
final class CsvHeader {
    private static final int PREVIEW_NAMES = 8;
    private static final int PREVIEW_CHARS = 30;

    private final List<String> names = new ArrayList<>();
    private final Map<String, List<Integer>> positions = new LinkedHashMap<>();

    CsvHeader(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            names.add(name);
            positions.computeIfAbsent(normal(name), n -> new ArrayList<>()).add(i);
        }
    }

    /** Number of columns. */
    int size() {
        return names.size();
    }

    /** Whether a column of this name (case-insensitive) exists. */
    boolean has(String name) {
        return positions.containsKey(normal(name));
    }

    /** Positions of every column with this name, in file order; empty when absent. */
    List<Integer> positions(String name) {
        return positions.getOrDefault(normal(name), List.of());
    }

    /** Names of the wanted columns that this header lacks. */
    List<String> missing(List<String> wanted) {
        return wanted.stream().filter(name -> !has(name)).toList();
    }

    /** The first header names, each shortened, for an error message. */
    String preview() {
        List<String> shown =
                names.stream()
                        .limit(PREVIEW_NAMES)
                        .map(
                                n ->
                                        n.length() <= PREVIEW_CHARS
                                                ? n
                                                : n.substring(0, PREVIEW_CHARS) + "...")
                        .toList();
        return String.join(", ", shown) + (names.size() > PREVIEW_NAMES ? ", ..." : "");
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
