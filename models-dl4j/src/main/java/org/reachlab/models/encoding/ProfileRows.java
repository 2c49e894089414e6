package org.reachlab.models.encoding;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reachlab.data.calendar.CalendarDay;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Region;
import org.reachlab.data.time.IsoWeek;

/**
 * The encoded rows of the weekly profiles of a block of contacts, written straight into the
 * standardised columns a core reads: the same rows as building {@link RawRows} with
 * {@link RawRows.Builder#addWeek} and encoding them with {@link FeatureEncoder#encode}, without the
 * raw table in between, and into buffers that the next block of the same size reuses (a contact's
 * 168 rows are standardised while they are still in cache). Not thread-safe: one per thread; the
 * rows of a block are valid until the next call.
 */
final class ProfileRows {

    /** What every block of one week shares: the zones' grids and the regions' calendar days. */
    static final class Week {

        private final IsoWeek week;
        private final DayCache days;
        private final Map<ZoneId, WeekGrid> grids = new ConcurrentHashMap<>();
        private final Map<Region, CalendarDay[]> calendar = new ConcurrentHashMap<>();

        Week(IsoWeek week, DayCache days) {
            this.week = week;
            this.days = days;
        }

        WeekGrid grid(ZoneId zone) {
            return grids.computeIfAbsent(zone, z -> WeekGrid.of(week, z));
        }

        /** The calendar days of the week's dates (the same in every zone) in a region, Monday first. */
        CalendarDay[] days(Region region, WeekGrid grid) {
            return calendar.computeIfAbsent(region, r -> {
                CalendarDay[] d = new CalendarDay[7];
                for (int i = 0; i < 7; i++) {
                    d[i] = days.day(grid.date(i), r);
                }
                return d;
            });
        }
    }

    private final FeatureEncoder encoder;
    private final float[] mean;
    private final float[] inverseScale;
    private final double[] stated = new double[LocalSlot.COUNT];
    private int capacity = -1;
    private float[] dense;
    private int[] contact;
    private int[] segment;
    private int[] country;
    private int[] industry;
    private int[] role;
    private int[] slot;
    private int[] dayPart;
    private float[] label;
    private long[] epoch;

    ProfileRows(FeatureEncoder encoder) {
        this.encoder = encoder;
        this.mean = encoder.floatMeans();
        this.inverseScale = encoder.floatInverseScales();
    }

    /**
     * The encoded rows of contacts {@code from..to} of the list, 168 per contact in slot order, each
     * contact with its history, relationships and the behavioural events known when the week starts.
     */
    EncodedRows encode(List<Contact> contacts, int from, int to, Week week, HistoryBook book, Relations relations,
                       StatedWeights weights, EventEvidence events) {
        int n = (to - from) * LocalSlot.COUNT;
        if (n != capacity) {
            allocate(n);
        }
        int d = DenseFeatures.COUNT;
        int r = DenseFeatures.RELATIONS;
        int width = Relations.NAMES.size();
        for (int i = from; i < to; i++) {
            Contact c = contacts.get(i);
            WeekGrid grid = week.grid(c.zone());
            CalendarDay[] days = week.days(c.region(), grid);
            weights.weekWeights(c.id(), grid, stated);
            int first = (i - from) * LocalSlot.COUNT;
            int o = first * d;
            DenseFeatures.writeWeek(dense, o, grid, days, book.get(c.id()), stated);
            relations.write(dense, o + r, c.id(), null, grid.epochSecond(0));
            for (int s = 1; s < LocalSlot.COUNT; s++) {
                System.arraycopy(dense, o + r, dense, o + s * d + r, width);
            }
            // the events known when the week starts, read for each slot's local hour and day
            EventEvidence.Snapshot known = events.before(c.id(), null, grid.epochSecond(0));
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                known.write(dense, o + s * d + DenseFeatures.EVENTS, grid.minuteOfDay(s) / 60, grid.dayOfWeek(s));
            }
            for (int k = o, end = o + LocalSlot.COUNT * d; k < end; k += d) {
                for (int j = 0; j < d; j++) {
                    dense[k + j] = (dense[k + j] - mean[j]) * inverseScale[j];
                }
            }
            int ci = encoder.contacts().indexOf(c.id());
            int si = encoder.segments().indexOf(FeatureEncoder.segmentOf(c));
            int co = encoder.countries().indexOf(c.country());
            int in = encoder.industries().indexOf(c.industry());
            int ro = encoder.roles().indexOf(c.role());
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                int row = first + s;
                int local = grid.localSlot(s);
                contact[row] = ci;
                segment[row] = si;
                country[row] = co;
                industry[row] = in;
                role[row] = ro;
                slot[row] = local;
                dayPart[row] = DenseFeatures.dayPart(local % 24, local >= 5 * 24);
                epoch[row] = grid.epochSecond(s);
            }
        }
        return new EncodedRows(n, dense, contact, segment, country, industry, role, slot, dayPart, label, epoch);
    }

    private void allocate(int n) {
        capacity = n;
        dense = new float[n * DenseFeatures.COUNT];
        contact = new int[n];
        segment = new int[n];
        country = new int[n];
        industry = new int[n];
        role = new int[n];
        slot = new int[n];
        dayPart = new int[n];
        label = new float[n];
        java.util.Arrays.fill(label, -1f);
        epoch = new long[n];
    }
}
