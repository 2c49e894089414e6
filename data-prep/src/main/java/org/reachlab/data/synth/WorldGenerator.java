package org.reachlab.data.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Note;
import org.reachlab.data.domain.Region;
import org.reachlab.data.time.ZoneResolver;

/**
 * Generates a {@link SyntheticWorld} from a {@link WorldConfig} and a seed. The same
 * configuration and seed always give the same world: every random choice comes from one
 * {@link SplittableRandom}, split per contact and per use.
 */
public final class WorldGenerator {

    /** Days before the start and after the end for which dated events are generated. */
    static final int MARGIN_DAYS = 30;

    private final WorldConfig config;
    private final HolidayCalendar calendar;
    private final ZoneResolver zones = ZoneResolver.standard();
    private final Map<Region, List<LocalDate>> holidays = new HashMap<>();
    private final Map<Region, List<LocalDate>> bridgeDays = new HashMap<>();
    private final Map<Region, List<LocalDate>> monthEnds = new HashMap<>();

    /** A generator for a configuration, with the standard holiday calendar. */
    public WorldGenerator(WorldConfig config) {
        this(config, HolidayCalendar.standard());
    }

    /** A generator for a configuration and a holiday calendar. */
    public WorldGenerator(WorldConfig config, HolidayCalendar calendar) {
        this.config = config.validate();
        this.calendar = calendar;
    }

    /** Generates the world of a seed. */
    public SyntheticWorld generate(long seed) {
        SplittableRandom master = new SplittableRandom(seed);
        SplittableRandom contactRoot = master.split();
        SplittableRandom noteRoot = master.split();
        int n = config.contacts();
        int width = Math.max(6, String.valueOf(n).length());
        List<ContactTruth> truths = new ArrayList<>(n);
        Map<String, String[]> lastCompany = new HashMap<>();
        int companies = 0;
        double[] countryWeights = config.countries().stream().mapToDouble(WorldConfig.CountryMix::share).toArray();
        double[] segmentWeights = config.segments().stream().mapToDouble(WorldConfig.Segment::share).toArray();
        for (int i = 0; i < n; i++) {
            SplittableRandom r = contactRoot.split();
            String id = "c-" + pad(i + 1, width);
            WorldConfig.CountryMix cm = config.countries().get(pick(r, countryWeights));
            List<String> subs = cm.subdivisionsOrEmpty();
            String sub = subs.isEmpty() ? null : subs.get(r.nextInt(subs.size()));
            int segIndex = pick(r, segmentWeights);
            WorldConfig.Segment seg = config.segments().get(segIndex);
            String[] company = lastCompany.get(seg.industry());
            if (company == null || r.nextDouble() >= 0.3) {
                companies++;
                int size = (int) Math.max(2, Math.round(Math.exp(Math.log(60) + 1.3 * r.nextGaussian())));
                company = new String[] {"co-" + pad(companies, width), Integer.toString(size)};
                lastCompany.put(seg.industry(), company);
            }
            Contact contact = new Contact(id, cm.country(), sub, zones.resolve(cm.country(), sub, null),
                    seg.industry(), company[0], Integer.parseInt(company[1]), seg.role(), cm.language());
            truths.add(contactTruth(contact, segIndex, r));
        }
        NoteGenerator notes = new NoteGenerator(config);
        List<Note> allNotes = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (ContactTruth t : truths) {
            notes.generate(t, noteRoot.split(), allNotes, statements);
        }
        return new SyntheticWorld(config, seed, truths, allNotes, statements, calendar);
    }

    private ContactTruth contactTruth(Contact contact, int segIndex, SplittableRandom r) {
        WorldConfig.Individual ind = config.individual();
        WorldConfig.Segment seg = config.segments().get(segIndex);
        double reach = lognormal(r, ind.reachSpread());
        boolean wrong = r.nextDouble() < config.outcomes().wrongNumberShare();
        boolean bridge = r.nextDouble() < config.calendar().bridgeDayShare();
        List<Profile> profiles = new ArrayList<>(2);
        int shift = ind.shiftHours() == 0 ? 0 : r.nextInt(-ind.shiftHours(), ind.shiftHours() + 1);
        Habit habit = r.nextDouble() < ind.sharpShare() ? habit(r) : null;
        profiles.add(profile(LocalDate.MIN, seg, shift, reach, habit, r.split()));
        List<TruthEvent> events = new ArrayList<>();
        LocalDate start = config.startDate();
        LocalDate end = config.endDate();
        if (r.nextDouble() < config.drift().share()) {
            long span = ChronoUnit.DAYS.between(start, end);
            LocalDate when = start.plusDays(7 + r.nextLong(Math.max(1, span - 14)));
            int newShift = r.nextInt(-ind.shiftHours() - 1, ind.shiftHours() + 2);
            Habit newHabit = r.nextDouble() < Math.min(1.0, ind.sharpShare() * 1.6) ? habit(r) : null;
            double newReach = reach * lognormal(r, 0.2);
            profiles.add(profile(when, seg, newShift, newReach, newHabit, r.split()));
            events.add(new TruthEvent(TruthEvent.Kind.ROUTINE_CHANGE, when, end.minusDays(1), 1.0,
                    "new routine"));
        }
        Region region = contact.region();
        for (LocalDate d : regionDays(holidays, region, this::isHoliday)) {
            events.add(new TruthEvent(TruthEvent.Kind.HOLIDAY, d, d, config.calendar().holidayFactor(),
                    calendar.holidayName(d, region).orElse("holiday")));
        }
        if (bridge) {
            for (LocalDate d : regionDays(bridgeDays, region, calendar::isBridgeDay)) {
                events.add(new TruthEvent(TruthEvent.Kind.BRIDGE_DAY, d, d, config.calendar().bridgeDayFactor(),
                        "bridge day"));
            }
        }
        Double monthEndFactor = config.monthEnd().roles() == null ? null : config.monthEnd().roles().get(contact.role());
        if (monthEndFactor != null) {
            for (LocalDate d : regionDays(monthEnds, region, this::isMonthEnd)) {
                events.add(new TruthEvent(TruthEvent.Kind.MONTH_END, d, d, monthEndFactor, "month-end close"));
            }
        }
        vacations(r.split(), events);
        for (WorldConfig.Fair f : config.fairs() == null ? List.<WorldConfig.Fair>of() : config.fairs()) {
            if (!f.industry().equals(contact.industry())) {
                continue;
            }
            for (int y = start.minusDays(MARGIN_DAYS).getYear(); y <= end.plusDays(MARGIN_DAYS).getYear(); y++) {
                if (r.nextDouble() < f.attendShare()) {
                    events.add(new TruthEvent(TruthEvent.Kind.FAIR, f.fromDay(y), f.toDay(y), f.factor(), f.name()));
                }
            }
        }
        LocalDate lo = start.minusDays(MARGIN_DAYS);
        LocalDate hi = end.plusDays(MARGIN_DAYS);
        events.removeIf(e -> e.to().isBefore(lo) || e.from().isAfter(hi));
        events.sort(Comparator.comparing(TruthEvent::from).thenComparing(TruthEvent::to)
                .thenComparing(e -> e.kind().ordinal()));
        return new ContactTruth(contact, segIndex, reach, wrong, bridge, List.copyOf(profiles), List.copyOf(events));
    }

    private void vacations(SplittableRandom r, List<TruthEvent> events) {
        WorldConfig.Vacations v = config.vacations();
        LocalDate lo = config.startDate().minusDays(MARGIN_DAYS);
        LocalDate hi = config.endDate().plusDays(MARGIN_DAYS);
        for (int y = lo.getYear() - 1; y <= hi.getYear(); y++) {
            if (r.nextDouble() < v.summerShare()) {
                Month m = r.nextDouble() < v.julyShare() ? Month.JULY : (r.nextBoolean() ? Month.JUNE : Month.AUGUST);
                LocalDate from = LocalDate.of(y, m, 1).plusDays(r.nextInt(m.length(false)));
                int len = r.nextInt(v.summerDays().get(0), v.summerDays().get(1) + 1);
                events.add(new TruthEvent(TruthEvent.Kind.VACATION, from, from.plusDays(len - 1), v.factor(), "summer vacation"));
            }
            if (r.nextDouble() < v.christmasShare()) {
                LocalDate from = LocalDate.of(y, 12, 22 + r.nextInt(6));
                LocalDate to = LocalDate.of(y + 1, 1, 1 + r.nextInt(2));
                events.add(new TruthEvent(TruthEvent.Kind.VACATION, from, to, v.factor(), "Christmas vacation"));
            }
            int extra = poisson(r, v.extraWeeks());
            for (int k = 0; k < extra; k++) {
                LocalDate monday = LocalDate.of(y, 1, 1).with(DayOfWeek.MONDAY).plusWeeks(1 + r.nextInt(50));
                events.add(new TruthEvent(TruthEvent.Kind.VACATION, monday, monday.plusDays(4), v.factor(), "week off"));
            }
        }
    }

    private Habit habit(SplittableRandom r) {
        WorldConfig.Individual ind = config.individual();
        int k = r.nextInt(ind.sharpDays().get(0), ind.sharpDays().get(1) + 1);
        List<DayOfWeek> all = new ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        List<DayOfWeek> days = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            days.add(all.remove(r.nextInt(all.size())));
        }
        days.sort(Comparator.naturalOrder());
        int len = 15 * Math.round(r.nextInt(ind.sharpMinutes().get(0), ind.sharpMinutes().get(1) + 1) / 15f);
        int from = 8 * 60 + 15 * r.nextInt((17 * 60 - 8 * 60 - len) / 15 + 1);
        double rate = ind.sharpRate().get(0) + r.nextDouble() * (ind.sharpRate().get(1) - ind.sharpRate().get(0));
        return new Habit(List.copyOf(days), from, from + len, rate);
    }

    /** Builds a weekly profile from a segment, a shift, a reach, a habit and slot noise. */
    private Profile profile(LocalDate from, WorldConfig.Segment seg, int shift, double reach, Habit habit,
                            SplittableRandom r) {
        WorldConfig.Individual ind = config.individual();
        WorldConfig.LunchDip lunch = config.lunchDip();
        float[] slots = new float[LocalSlot.COUNT];
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            DayOfWeek day = DayOfWeek.of(s / 24 + 1);
            int hour = s % 24;
            boolean weekday = day.getValue() <= 5;
            int h = hour - shift;
            double level = !weekday ? seg.weekendLevel() : (h >= 7 && h < 19 ? seg.offLevel() : seg.nightLevel());
            for (WorldConfig.Window w : seg.windowsOrEmpty()) {
                if (h >= w.from() && h < w.to() && w.dayList().contains(day)) {
                    level = w.level();
                }
            }
            if (weekday && seg.lunchDip() && hour >= lunch.from() && hour < lunch.to()) {
                level *= lunch.factor();
            }
            double p = seg.peak() * level * reach * lognormal(r, ind.noise());
            if (habit != null && weekday) {
                p *= ind.sharpElsewhere();
                if (habit.days().contains(day)) {
                    double o = habit.overlap(hour);
                    p = o * habit.rate() + (1 - o) * p;
                }
            }
            slots[s] = (float) Math.min(p, ind.maxProbability());
        }
        return new Profile(from, shift, habit, slots);
    }

    private interface DayTest {
        boolean test(LocalDate d, Region r);
    }

    private List<LocalDate> regionDays(Map<Region, List<LocalDate>> cache, Region region, DayTest test) {
        return cache.computeIfAbsent(region, reg -> {
            List<LocalDate> out = new ArrayList<>();
            LocalDate hi = config.endDate().plusDays(MARGIN_DAYS);
            for (LocalDate d = config.startDate().minusDays(MARGIN_DAYS); d.isBefore(hi); d = d.plusDays(1)) {
                if (test.test(d, reg)) {
                    out.add(d);
                }
            }
            return List.copyOf(out);
        });
    }

    private boolean isHoliday(LocalDate d, Region r) {
        return calendar.isHoliday(d, r);
    }

    /** True when fewer than the configured number of working days follow in the same month. */
    private boolean isMonthEnd(LocalDate d, Region r) {
        if (!calendar.isWorkingDay(d, r)) {
            return false;
        }
        int later = 0;
        for (LocalDate x = d.plusDays(1); x.getMonth() == d.getMonth(); x = x.plusDays(1)) {
            if (calendar.isWorkingDay(x, r)) {
                later++;
            }
        }
        return later < config.monthEnd().lastWorkingDays();
    }

    static double lognormal(SplittableRandom r, double sd) {
        return sd <= 0 ? 1.0 : Math.exp(sd * r.nextGaussian() - sd * sd / 2);
    }

    static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = r.nextDouble();
        while (p > l) {
            k++;
            p *= r.nextDouble();
        }
        return k;
    }

    static int pick(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
