package org.reachlab.pipeline.plan;

/** Input a plan cannot be made from: a bad reps file, a date nobody works on. The message names the file and key. */
public final class PlanInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the file, the key or column, and the value. */
    public PlanInputException(String message) {
        super(message);
    }
}
