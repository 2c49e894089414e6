package org.reachlab.signals.profile;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.TimingSignal;

/**
 * Aggregates the signals of a contact's notes into a {@link StatedProfile}.
 *
 * <p>Notes are applied oldest first. A recurring signal sets the weight of every slot it covers
 * (a slot is covered when the window overlaps its hour) to {@code +confidence} for PREFER or
 * {@code -confidence} for AVOID, replacing what older notes said about that slot. A dated signal
 * replaces older dated statements it overlaps in dates and window. Within one note, a PREFER and an
 * AVOID on the same slot are both as stated; the AVOID wins the slot.
 */
public final class ProfileBuilder {

    /** A note's signals with the time the note was written. */
    public record Stated(OffsetDateTime at, NoteSignals signals) {
        public Stated {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(signals, "signals");
        }
    }

    private ProfileBuilder() {
    }

    /**
     * Builds the profiles of all contacts found in the notes (notes without a contact are skipped).
     *
     * @param notes notes with their signals, in any order
     * @return one profile per contact, in order of first appearance
     */
    public static Map<String, StatedProfile> build(List<Stated> notes) {
        Map<String, List<Stated>> byContact = new LinkedHashMap<>();
        for (Stated s : notes) {
            if (s.signals().contactId() != null) {
                byContact.computeIfAbsent(s.signals().contactId(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, StatedProfile> out = new LinkedHashMap<>();
        byContact.forEach((c, list) -> out.put(c, profile(c, list)));
        return out;
    }

    /**
     * Builds one contact's profile.
     *
     * @param contactId the contact
     * @param notes     the contact's notes with their signals, in any order
     * @return the profile
     */
    public static StatedProfile profile(String contactId, List<Stated> notes) {
        List<Stated> ordered = new ArrayList<>(notes);
        ordered.sort(Comparator.comparing(s -> s.at().toInstant()));
        double[] weights = new double[LocalSlot.COUNT];
        List<DatedStatement> dated = new ArrayList<>();
        for (Stated note : ordered) {
            double[] mine = new double[LocalSlot.COUNT];
            boolean[] touched = new boolean[LocalSlot.COUNT];
            List<DatedStatement> newDated = new ArrayList<>();
            for (TimingSignal s : note.signals().signals()) {
                if (s.isDated()) {
                    newDated.add(new DatedStatement(s.kind(), s.dateFrom(), s.dateTo(), s.from(), s.to(), note.at()));
                    continue;
                }
                double w = s.kind() == SignalKind.PREFER ? s.confidence() : -s.confidence();
                List<DayOfWeek> days = s.days().isEmpty() ? List.of(DayOfWeek.values()) : s.days();
                for (DayOfWeek d : days) {
                    for (int h = 0; h < 24; h++) {
                        if (h * 60 < s.toMinute() && (h + 1) * 60 > s.fromMinute()) {
                            int i = LocalSlot.indexOf(d, h);
                            if (!touched[i] || w < mine[i]) {
                                mine[i] = w;
                            }
                            touched[i] = true;
                        }
                    }
                }
            }
            for (int i = 0; i < weights.length; i++) {
                if (touched[i]) {
                    weights[i] = mine[i];
                }
            }
            for (DatedStatement n : newDated) {
                dated.removeIf(old -> old.stated().toInstant().isBefore(n.stated().toInstant()) && old.overlaps(n));
            }
            dated.addAll(newDated);
        }
        return new StatedProfile(contactId, weights, dated);
    }
}
