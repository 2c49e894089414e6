package org.reachlab.signals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.reachlab.signals.Extractors;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;

/** Pathological texts are refused by rule before CoreNLP sees them; control characters are read as spaces. */
class TextLimitsTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-03T10:00:00+01:00");

    @Test
    void aTextOfMegabytesIsRefusedByItsLength() {
        String text = "call me after 3pm on Monday and ".repeat(60_000);
        assertThat(TextLimits.problem(text)).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo("text_too_long");
            assertThat(p.reason()).contains(Integer.toString(text.length())).contains("20000");
        });
        NoteSignals ns = Extractors.filtered().extract(new SignalNote("big", null, AT, text, "en", null));
        assertThat(ns.signals()).isEmpty();
    }

    @Test
    void deeplyNestedBracketsAreRefused() {
        String text = "(".repeat(5_000) + "call after 3pm" + ")".repeat(5_000);
        assertThat(TextLimits.problem(text)).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("brackets_too_deep"));
        assertThat(TextLimits.problem("Call (after lunch [not before 2]) please")).isEmpty();
        assertThat(Extractors.filtered().extract(new SignalNote("deep", null, AT, text, "en", null)).signals()).isEmpty();
    }

    @Test
    void controlCharactersAreReadAsSpacesKeepingOffsets() {
        String dirty = "Call\u0000me\u0007after 3\u001b[31m pm,\tnot\u0085on Fridays.\n";
        String clean = TextLimits.withoutControlCharacters(dirty);
        assertThat(clean).hasSameSizeAs(dirty).doesNotContain("\u0000", "\u0007", "\u001b", "\u0085").contains("\t", "\n");
        assertThat(TextLimits.withoutControlCharacters("plain text")).isSameAs("plain text");
        NoteSignals a = Extractors.filtered().extract(new SignalNote("a", null, AT, dirty, "en", null));
        NoteSignals b = Extractors.filtered().extract(new SignalNote("a", null, AT, clean, "en", null));
        assertThat(a.signals()).isNotEmpty();
        assertThat(a.signals()).usingElementComparator((x, y) -> x.sameMeaning(y) && x.spanBegin() == y.spanBegin()
                && x.spanEnd() == y.spanEnd() ? 0 : 1).isEqualTo(b.signals());
    }
}
