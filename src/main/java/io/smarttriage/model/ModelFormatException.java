package io.smarttriage.model;

import java.io.IOException;

/** A stored model that this app cannot read: not a model, another format version, corrupt. */
public final class ModelFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming what was found and what was expected. */
    public ModelFormatException(String message) {
        super(message);
    }
}
