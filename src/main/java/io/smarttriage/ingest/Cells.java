package io.smarttriage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** Reads single and multi-valued cells of a CSV record; blank means absent. */
final class Cells {
    private Cells() {}

    /** The cell at {@code position}, or {@code null} when blank or when position is negative. */
    static String text(CSVRecord record, int position) {
        if (position < 0) {
            return null;
        }
        String value = record.get(position);
        return value.isBlank() ? null : value;
    }

    /** The non-blank values of the cells at {@code positions}, each split on {@code separator}. */
    static List<String> list(CSVRecord record, List<Integer> positions, Pattern separator) {
        List<String> values = new ArrayList<>();
        for (int position : positions) {
            for (String part : separator.split(record.get(position))) {
                String value = part.strip();
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** A separator that never matches: for repeated columns holding one value each. */
    static Pattern noSplit() {
        return Pattern.compile("(?!)");
    }
}
