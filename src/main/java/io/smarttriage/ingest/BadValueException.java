package io.smarttriage.ingest;

/** Thrown inside a source when one value of a row breaks a rule; the row is then rejected. */
final class BadValueException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String column;

    BadValueException(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    /** Returns the row error for the row with the given number. */
    RowError toRowError(long row) {
        return new RowError(row, column, getMessage());
    }
}
