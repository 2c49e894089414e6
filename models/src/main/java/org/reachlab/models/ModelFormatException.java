package org.reachlab.models;

import java.io.IOException;

/** A saved model that cannot be read: not a model directory, another format version, damaged files. */
public final class ModelFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
