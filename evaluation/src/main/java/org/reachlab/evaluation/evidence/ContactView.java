package org.reachlab.evaluation.evidence;

import org.reachlab.data.domain.Contact;

/**
 * How a belief sees a contact: the contact as it is, or a copy with some attributes hidden. A view
 * keeps the contact's id and zone, so that the belief still learns each contact's own hours.
 */
@FunctionalInterface
public interface ContactView {

    /** The contact as it is. */
    ContactView AS_IS = c -> c;

    /** What the belief sees of the contact. */
    Contact apply(Contact contact);

    /** This view, then {@code next} on what it shows. */
    default ContactView andThen(ContactView next) {
        if (this == AS_IS) {
            return next;
        }
        if (next == AS_IS) {
            return this;
        }
        return c -> next.apply(apply(c));
    }
}
