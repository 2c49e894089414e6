package org.reachlab.signals.extract.recognise;

/** Marks character ranges of a clause already read by a rule, so that a later rule does not read them again. */
final class UsedSpans {

    private UsedSpans() {
    }

    /** Marks {@code [b, e)} as read. */
    static void mark(boolean[] used, int b, int e) {
        for (int i = b; i < e && i < used.length; i++) {
            used[i] = true;
        }
    }

    /** True when any character of {@code [b, e)} was read. */
    static boolean isUsed(boolean[] used, int b, int e) {
        for (int i = b; i < e && i < used.length; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }
}
