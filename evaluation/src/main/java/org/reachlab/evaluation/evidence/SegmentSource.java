package org.reachlab.evaluation.evidence;

import org.reachlab.data.domain.Contact;

/**
 * {@code segment}: the contacts' industry and role, by which beliefs pool what they learn. Without
 * it the belief sees every contact with the same (unknown) industry and role, in training and
 * while it dials, so it pools over all contacts only. The country stays: it sets the contact's
 * public holidays, which are calendar evidence rather than a segment.
 */
public final class SegmentSource implements EvidenceSource {

    /** Every contact with its industry and role hidden. */
    public static final ContactView WITHOUT_SEGMENT = c -> new Contact(c.id(), c.country(), c.subdivision(),
            c.zone(), null, c.companyId(), c.companySize(), null, c.language());

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public String description() {
        return "the contacts' industry and role: without them the belief pools over all contacts rather than by"
                + " segment";
    }

    @Override
    public Evidence remove(Evidence evidence) {
        return evidence.seenThrough(WITHOUT_SEGMENT);
    }
}
