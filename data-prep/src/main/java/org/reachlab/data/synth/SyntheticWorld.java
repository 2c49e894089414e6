package org.reachlab.data.synth;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Note;

/**
 * A generated world with known ground truth: the contacts, the true connect probability of each
 * of them at every local hour of every date, the notes they wrote or that were written about
 * them, and the truth behind each timing statement in those notes.
 *
 * <p>The probability of a right-party connect when dialing contact {@code i} at local date
 * {@code d} and hour {@code h} is {@code min(cap, profile(d)[slot(d, h)] * dayFactor(d))}, then
 * multiplied by the {@linkplain #fatigue fatigue} of earlier dials. Immutable.
 */
public final class SyntheticWorld {

    private final WorldConfig config;
    private final long seed;
    private final List<ContactTruth> truths;
    private final List<Contact> contacts;
    private final List<Note> notes;
    private final List<Statement> statements;
    private final HolidayCalendar calendar;

    SyntheticWorld(WorldConfig config, long seed, List<ContactTruth> truths, List<Note> notes,
                   List<Statement> statements, HolidayCalendar calendar) {
        this.config = config;
        this.seed = seed;
        this.truths = List.copyOf(truths);
        this.contacts = truths.stream().map(ContactTruth::contact).toList();
        this.notes = List.copyOf(notes);
        this.statements = List.copyOf(statements);
        this.calendar = calendar;
    }

    /** The configuration it was generated from. */
    public WorldConfig config() {
        return config;
    }

    /** The seed it was generated with. */
    public long seed() {
        return seed;
    }

    /** The contacts, in id order; a contact's index in this list identifies it everywhere. */
    public List<Contact> contacts() {
        return contacts;
    }

    /** The truth about contact {@code i}. */
    public ContactTruth truth(int i) {
        return truths.get(i);
    }

    /** The truth about every contact, in the order of {@link #contacts()}. */
    public List<ContactTruth> truths() {
        return truths;
    }

    /** Notes and emails, ordered by contact and time. */
    public List<Note> notes() {
        return notes;
    }

    /** The timing statements made in the notes, with their truth. */
    public List<Statement> statements() {
        return statements;
    }

    /** The holiday calendar the world uses. */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /** First day of the history. */
    public LocalDate start() {
        return config.startDate();
    }

    /** The day after the last day of the history. */
    public LocalDate end() {
        return config.endDate();
    }

    /** The multiplier of a date for contact {@code i} (holidays, absences, month-end). */
    public double dayFactor(int i, LocalDate date) {
        return truths.get(i).dayFactor(date);
    }

    /** The true connect probability of a first dial to contact {@code i} at a local date and hour. */
    public double connectProbability(int i, LocalDate date, int hour) {
        ContactTruth t = truths.get(i);
        if (t.wrongNumber()) {
            return 0.0;
        }
        double p = t.profileOn(date).at(LocalSlot.indexOf(date.getDayOfWeek(), hour)) * t.dayFactor(date);
        return Math.min(p, config.individual().maxProbability());
    }

    /**
     * The fatigue multiplier of a dial at local time {@code at}, given the local times of earlier
     * dials to the same person: {@code factor^k} where k counts earlier dials within the
     * configured number of days and hours of the same time of day.
     */
    public double fatigue(List<LocalDateTime> earlier, LocalDateTime at) {
        WorldConfig.Fatigue f = config.outcomes().fatigue();
        int k = 0;
        for (LocalDateTime e : earlier) {
            long days = ChronoUnit.DAYS.between(e.toLocalDate(), at.toLocalDate());
            if (days < 0 || days > f.windowDays() || !e.isBefore(at)) {
                continue;
            }
            if (Math.abs(e.getHour() - at.getHour()) <= f.hourRadius()) {
                k++;
            }
        }
        return k == 0 ? 1.0 : Math.pow(f.factor(), k);
    }

    /**
     * Draws the outcome of a dial to contact {@code i} whose connect probability (fatigue
     * included) is {@code p}: connected with probability {@code p}; otherwise wrong_number for a
     * wrong number, failed at the configured rate, else no_answer, voicemail, busy or gatekeeper
     * by their weights (gatekeepers more often in large companies). A connect books a meeting
     * with the segment's meeting rate.
     */
    public DialOutcome outcome(int i, double p, java.util.SplittableRandom r) {
        ContactTruth t = truths.get(i);
        WorldConfig.Outcomes o = config.outcomes();
        double u = r.nextDouble();
        if (u < p) {
            int talk = (int) Math.round(Math.exp(Math.log(150) + 0.8 * r.nextGaussian()));
            return new DialOutcome(org.reachlab.data.domain.Outcome.CONNECTED, Math.max(10, talk),
                    r.nextDouble() < meetingRate(i));
        }
        if (t.wrongNumber()) {
            return new DialOutcome(org.reachlab.data.domain.Outcome.WRONG_NUMBER, 5 + r.nextInt(20), false);
        }
        if (r.nextDouble() < o.failedRate()) {
            return new DialOutcome(org.reachlab.data.domain.Outcome.FAILED, 0, false);
        }
        java.util.Map<String, Double> w = o.notConnected();
        double noAnswer = w.getOrDefault("no_answer", 0.0);
        double voicemail = w.getOrDefault("voicemail", 0.0);
        double busy = w.getOrDefault("busy", 0.0);
        double gate = w.getOrDefault("gatekeeper", 0.0);
        Integer size = t.contact().companySize();
        if (size != null && size >= o.largeCompany()) {
            gate *= o.largeCompanyGatekeeper();
        }
        double x = r.nextDouble() * (noAnswer + voicemail + busy + gate);
        if (x < noAnswer) {
            return new DialOutcome(org.reachlab.data.domain.Outcome.NO_ANSWER, 0, false);
        }
        if (x < noAnswer + voicemail) {
            return new DialOutcome(org.reachlab.data.domain.Outcome.VOICEMAIL, 15 + r.nextInt(30), false);
        }
        if (x < noAnswer + voicemail + busy) {
            return new DialOutcome(org.reachlab.data.domain.Outcome.BUSY, 0, false);
        }
        return new DialOutcome(org.reachlab.data.domain.Outcome.GATEKEEPER, 20 + r.nextInt(90), false);
    }

    /** The probability that a connect with contact {@code i} books a meeting. */
    public double meetingRate(int i) {
        return config.segments().get(truths.get(i).segment()).meetingRate();
    }
}
