package org.reachlab.data.compliance;

/** A rules file that cannot be used: an unknown key, an impossible window, a file that is not YAML. */
public final class ComplianceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the file and the key. */
    public ComplianceException(String message) {
        super(message);
    }

    /** With a message naming the file and the key, and the underlying cause. */
    public ComplianceException(String message, Throwable cause) {
        super(message, cause);
    }
}
