package org.reachlab.data.synth;

/** A world file that cannot be used: an unknown key, a value out of range, a file that is not YAML. */
public final class WorldConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the key (and file) and the value received. */
    public WorldConfigException(String message) {
        super(message);
    }

    /** With a message and the underlying cause. */
    public WorldConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
