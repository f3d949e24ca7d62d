package io.smarttriage.ingest;

/** Signals that an export cannot be read as its format at all, with one message saying why. */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the file and the broken rule. */
    public IngestException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the low-level cause. */
    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
