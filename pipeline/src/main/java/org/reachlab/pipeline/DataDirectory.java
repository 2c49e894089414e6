package org.reachlab.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.ingest.CallTable;
import org.reachlab.data.ingest.ContactTable;
import org.reachlab.data.ingest.EventTable;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.log.EventLog;
import org.reachlab.data.time.ZoneResolver;
import org.reachlab.models.DataSource;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;
import org.reachlab.signals.extract.SignalExtractor;

/**
 * Loads {@code contacts.csv} and {@code calls.csv} from a directory written by
 * {@code reachlab ingest} or {@code reachlab generate} into {@link TrainingData}.
 *
 * <p>Only live-channel attempts (phone, video) are kept: the models answer whether a <em>call</em>
 * connects. Rows the validation rejects are counted and skipped (ingest has already reported them).
 *
 * <p>When the directory has an {@code events.csv} (behavioural evidence, as {@code ingest --events}
 * or {@code import-copenhagen --sms} write it) and events are wanted, its events join the training
 * data ({@link TrainingData#events()}) and the file joins the data's hash; an events file with no
 * usable row is reported in {@link Loaded#eventsWarning()} and the data goes on without events.
 */
public final class DataDirectory {

    /** The files read, in the order they are hashed. */
    public static final List<String> FILES = List.of("contacts.csv", "calls.csv");

    /** The optional behavioural events file, hashed after {@link #FILES} when it is read. */
    public static final String EVENTS = "events.csv";

    private DataDirectory() {
    }

    /**
     * What was loaded.
     *
     * @param data          the training data (with its events when they were read)
     * @param rejected      rows the validation rejected
     * @param nonLive       attempts on channels that are not live (email, LinkedIn, SMS), left out
     * @param events        events read into the data (0 without events)
     * @param eventsWarning why an events file present was not used, or {@code null}
     */
    public record Loaded(TrainingData data, long rejected, long nonLive, long events, String eventsWarning) {
    }

    /**
     * Loads the directory with the stated preferences read out of its {@code notes.csv} (when it
     * has one) by the timing-signal extractor.
     *
     * @return the data, and what the notes gave ({@code null} when there is no notes.csv)
     */
    public static Map.Entry<Loaded, NotePreferences.Result> loadWithNotes(Path dir, HolidayCalendar calendar,
                                                                         SignalExtractor extractor) throws IOException {
        return loadWithNotes(dir, calendar, extractor, true);
    }

    /** {@link #loadWithNotes(Path, HolidayCalendar, SignalExtractor)}, reading events.csv only when {@code events}. */
    public static Map.Entry<Loaded, NotePreferences.Result> loadWithNotes(Path dir, HolidayCalendar calendar,
                                                                         SignalExtractor extractor, boolean events)
            throws IOException {
        Path notes = dir.resolve("notes.csv");
        NotePreferences.Result[] result = {null};
        Loaded loaded = loadWith(dir, calendar, events, contacts -> {
            if (!Files.isRegularFile(notes)) {
                return StatedPreferences.none();
            }
            result[0] = NotePreferences.read(notes, contacts, extractor);
            return result[0].preferences();
        });
        return new java.util.AbstractMap.SimpleImmutableEntry<>(loaded, result[0]);
    }

    /** Evidence that needs the validated contacts to be read. */
    @FunctionalInterface
    private interface PreferenceSource {
        StatedPreferences read(ContactTable contacts) throws IOException;
    }

    /** Loads the directory with no stated preferences. */
    public static Loaded load(Path dir, HolidayCalendar calendar) throws IOException {
        return load(dir, calendar, StatedPreferences.none());
    }

    /** Loads the directory. */
    public static Loaded load(Path dir, HolidayCalendar calendar, StatedPreferences preferences) throws IOException {
        return loadWith(dir, calendar, true, contacts -> preferences);
    }

    /** Loads the directory with no stated preferences, reading its events.csv only when {@code events}. */
    public static Loaded load(Path dir, HolidayCalendar calendar, boolean events) throws IOException {
        return loadWith(dir, calendar, events, contacts -> StatedPreferences.none());
    }

    private static Loaded loadWith(Path dir, HolidayCalendar calendar, boolean withEvents,
                                   PreferenceSource preferenceSource) throws IOException {
        for (String f : FILES) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new NoSuchFileException(dir.resolve(f).toString(), null,
                        "expected the output of `reachlab ingest` or `reachlab generate` in " + dir);
            }
        }
        AtomicLong rejected = new AtomicLong();
        AtomicLong nonLive = new AtomicLong();
        ContactTable contacts = ContactTable.read(dir.resolve("contacts.csv"), ZoneResolver.standard(),
                r -> rejected.incrementAndGet(), null);
        AttemptLog.Builder b = AttemptLog.builder();
        CallTable.read(dir.resolve("calls.csv"), contacts, r -> rejected.incrementAndGet(), null, call -> {
            if (call.attempt().channel().isLive()) {
                b.add(call.attempt(), call.contact());
            } else {
                nonLive.incrementAndGet();
            }
        });
        EventLog events = EventLog.empty();
        String warning = null;
        Path eventsFile = dir.resolve(EVENTS);
        if (withEvents && Files.isRegularFile(eventsFile)) {
            EventLog.Builder e = EventLog.builder();
            EventTable.read(eventsFile, contacts, r -> rejected.incrementAndGet(), null, e);
            if (e.size() == 0) {
                warning = eventsFile + " has no usable event; going on without events";
            } else {
                events = e.build();
            }
        }
        DataSource source = new DataSource(dir.toAbsolutePath().normalize().toString(),
                sha256(dir, events.size() > 0));
        StatedPreferences preferences = preferenceSource.read(contacts);
        TrainingData data = TrainingData.of(b.build(), contacts.contacts(), preferences, calendar, source)
                .withEvents(events);
        return new Loaded(data, rejected.get(), nonLive.get(), events.size(), warning);
    }

    /** SHA-256 over {@link #FILES}, each preceded by its name. */
    public static String sha256(Path dir) throws IOException {
        return sha256(dir, false);
    }

    /** SHA-256 over {@link #FILES} and, when {@code events}, {@link #EVENTS}, each preceded by its name. */
    public static String sha256(Path dir, boolean events) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        List<String> files = events ? java.util.stream.Stream.concat(FILES.stream(), java.util.stream.Stream.of(EVENTS))
                .toList() : FILES;
        for (String f : files) {
            md.update((f + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(dir.resolve(f))) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
