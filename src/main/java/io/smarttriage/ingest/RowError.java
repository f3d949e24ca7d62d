package io.smarttriage.ingest;

/**
 * Why one row of an export was rejected.
 *
 * @param row 1-based data row (CSV: records after the header; JSON: issue objects in order)
 * @param column the column or JSON path that was wrong, or {@code "(row)"} for the whole row
 * @param reason the rule that was broken, naming the offending value only when it is not text that
 *     could carry personal data (a date, a count)
 */
public record RowError(long row, String column, String reason) {

    /** The whole row rather than one column was wrong. */
    public static final String WHOLE_ROW = "(row)";

    @Override
    public String toString() {
        return "row " + row + ", column '" + column + "': " + reason;
    }
}
