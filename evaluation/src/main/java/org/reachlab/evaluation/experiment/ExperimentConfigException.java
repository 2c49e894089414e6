package org.reachlab.evaluation.experiment;

/** An experiment file that cannot be used; the message names the file, the key and the value. */
public final class ExperimentConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message for the user. */
    public ExperimentConfigException(String message) {
        super(message);
    }
}
