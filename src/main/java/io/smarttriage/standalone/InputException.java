package io.smarttriage.standalone;

/** Bad input from the user: the message alone, naming what and where, is shown to them. */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
