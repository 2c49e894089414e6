package org.reachlab.signals;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.reachlab.signals.extract.NlpPipeline;
import org.reachlab.signals.extract.SignalExtractor;

/** One CoreNLP-backed extractor shared by all tests of the module (loaded on first use). */
public final class Extractors {

    private static SignalExtractor filtered;
    private static SignalExtractor unfiltered;

    private Extractors() {
    }

    /** The extractor with the pre-filter. */
    public static synchronized SignalExtractor filtered() {
        if (filtered == null) {
            filtered = new SignalExtractor(NlpPipeline.shared(), true);
        }
        return filtered;
    }

    /** The extractor without the pre-filter. */
    public static synchronized SignalExtractor unfiltered() {
        if (unfiltered == null) {
            unfiltered = new SignalExtractor(NlpPipeline.shared(), false);
        }
        return unfiltered;
    }

    /** The summaries of the signals of one English text. */
    public static List<String> read(String text, String at, String zone) {
        return read(text, at, zone, "en");
    }

    /** The summaries of the signals of one text in a language. */
    public static List<String> read(String text, String at, String zone, String lang) {
        SignalNote note = new SignalNote("t", null, OffsetDateTime.parse(at), text, lang,
                zone == null ? null : ZoneId.of(zone));
        return filtered().extract(note).signals().stream().map(TimingSignal::summary).toList();
    }
}
