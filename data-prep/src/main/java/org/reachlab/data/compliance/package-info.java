/**
 * Compliance as data: when a contact may be called. {@link org.reachlab.data.compliance.CallingRules}
 * holds per-country and per-region calling windows, the weekdays and public holidays with no calls,
 * a weekly attempt cap, a minimum gap between attempts and a pause after a connect, read by
 * {@link org.reachlab.data.compliance.ComplianceFiles} from the bundled {@code calling-rules.yaml}
 * (each default cited in its comments) or a user's file over it; the contact-level flags
 * ({@code do_not_call}, quiet hours) are {@link org.reachlab.data.compliance.ContactFlags}. The
 * planner and the simulator check calls through the same rules.
 */
package org.reachlab.data.compliance;
