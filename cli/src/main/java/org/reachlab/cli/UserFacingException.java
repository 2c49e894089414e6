package org.reachlab.cli;

/**
 * A failure whose message says everything the user needs (a missing file, a bad option value);
 * printed without the hint about {@code --verbose}.
 */
public final class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
