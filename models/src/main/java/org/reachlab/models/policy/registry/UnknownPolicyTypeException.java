package org.reachlab.models.policy.registry;

import java.util.List;

/** A policy type name the registry does not know; the message lists the known ones. */
public final class UnknownPolicyTypeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> known;

    /** For a name the registry does not know. */
    public UnknownPolicyTypeException(String name, List<String> known) {
        super("unknown policy type '" + name + "'; known types: " + String.join(", ", known));
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
