package org.reachlab.signals.io;

/** A note file that cannot be read: the message names the file, the line and the value. */
public final class NoteFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, with file, line and value
     */
    public NoteFormatException(String message) {
        super(message);
    }
}
