package org.reachlab.models;

import java.util.List;

/** A model family name the registry does not know; the message lists the known ones. */
public final class UnknownFamilyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> known;

    public UnknownFamilyException(String name, List<String> known) {
        super("unknown model '" + name + "'; known models: " + String.join(", ", known));
        this.name = name;
        this.known = List.copyOf(known);
    }

    /** The name asked for. */
    public String name() {
        return name;
    }

    /** The names the registry knows. */
    public List<String> known() {
        return known;
    }
}
