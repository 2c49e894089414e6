package org.reachlab.signals.redact;

/** A kind of personal data, and the placeholder that replaces it. */
public enum PersonalData {
    /** A person's name. */
    PERSON,
    /** An e-mail address. */
    EMAIL,
    /** A phone number, international or national. */
    PHONE,
    /** A bank account number (IBAN, checksum verified). */
    IBAN,
    /** A street address. */
    ADDRESS;

    /** The placeholder written instead, e.g. {@code [EMAIL]}. */
    public String placeholder() {
        return "[" + name() + "]";
    }
}
