package org.reachlab.evaluation.pilot;

/** Input a pilot analysis cannot run on; the message names the cause (file, option, rep or date). */
public final class PilotInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PilotInputException(String message) {
        super(message);
    }
}
