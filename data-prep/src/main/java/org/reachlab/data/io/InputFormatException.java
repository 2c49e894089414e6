package org.reachlab.data.io;

/**
 * A whole input file cannot be read as the table it should be (not CSV, or a required column is
 * missing). Unlike a bad row, this stops the load; the message names the file and the column.
 */
public final class InputFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputFormatException(String message) {
        super(message);
    }

    public InputFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
