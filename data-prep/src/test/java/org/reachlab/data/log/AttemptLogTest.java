package org.reachlab.data.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;

class AttemptLogTest {

    private static Contact contact(String id) {
        return new Contact(id, "SE", null, ZoneId.of("Europe/Stockholm"), null, null, null, null, null);
    }

    @Test
    void sortsByContactOfFirstAppearanceThenTimeThenInputOrder() {
        Contact a = contact("a");
        Contact b = contact("b");
        Instant t = Instant.parse("2026-03-03T10:00:00Z");
        AttemptLog log = AttemptLog.builder()
                .add(Attempt.phone("b2", "b", t.plusSeconds(60), Outcome.BUSY), b)
                .add(Attempt.phone("a2", "a", t.plusSeconds(60), Outcome.CONNECTED), a)
                .add(Attempt.phone("b1", "b", t, Outcome.NO_ANSWER), b)
                .add(Attempt.phone("a1", "a", t, Outcome.VOICEMAIL), a)
                .add(Attempt.phone("a1bis", "a", t, Outcome.VOICEMAIL), contact("a")) // equal, not identical
                .build();
        assertThat(log.contacts()).extracting(Contact::id).containsExactly("b", "a");
        assertThat(java.util.stream.IntStream.range(0, log.size()).mapToObj(log::attemptId))
                .containsExactly("b1", "b2", "a1", "a1bis", "a2");
        assertThat(log.outcome(0)).isEqualTo(Outcome.NO_ANSWER);
        assertThat(log.local(2).getZone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void keepsTheRepOfEachAttemptThroughTheSort() {
        Contact a = contact("a");
        Contact b = contact("b");
        Instant t = Instant.parse("2026-03-03T10:00:00Z");
        AttemptLog log = AttemptLog.builder()
                .add(new Attempt("b1", "b", t, Outcome.CONNECTED, Channel.PHONE, "r2", null, null, null, null,
                        null), b)
                .add(Attempt.phone("a1", "a", t, Outcome.BUSY), a)
                .add(new Attempt("b0", "b", t.minusSeconds(60), Outcome.BUSY, Channel.PHONE, "r1", null, null, null, null,
                        null), b)
                .add(new Attempt("a2", "a", t.plusSeconds(9), Outcome.BUSY, Channel.PHONE, "r2", null, null, null, null,
                        null), a)
                .build();
        assertThat(java.util.stream.IntStream.range(0, log.size()).mapToObj(log::attemptId))
                .containsExactly("b0", "b1", "a1", "a2");
        assertThat(log.reps()).containsExactly("r2", "r1");
        assertThat(java.util.stream.IntStream.range(0, log.size()).mapToObj(log::repId))
                .containsExactly("r1", "r2", null, "r2");
        assertThat(log.repIndex(2)).isEqualTo(AttemptLog.NO_REP);
    }

    @Test
    void duplicateIdsAreRefused() {
        Contact a = contact("a");
        AttemptLog.Builder b = AttemptLog.builder();
        Instant t = Instant.parse("2026-03-03T10:00:00Z");
        assertThat(b.addIfNew(Attempt.phone("x", "a", t, Outcome.BUSY), a)).isTrue();
        assertThat(b.addIfNew(Attempt.phone("x", "a", t.plusSeconds(5), Outcome.CONNECTED), a)).isFalse();
        assertThatThrownBy(() -> b.add(Attempt.phone("x", "a", t, Outcome.BUSY), a)).hasMessageContaining("'x'");
        assertThat(b.build().size()).isEqualTo(1);
    }

    @Test
    void idColumnIsExactAcrossGrowth() {
        IdColumn ids = new IdColumn();
        Set<String> reference = new HashSet<>();
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            String id = "id-" + rnd.nextInt(30_000) + (rnd.nextBoolean() ? "ø" : "");
            assertThat(ids.add(id) >= 0).isEqualTo(reference.add(id));
        }
        assertThat(ids.size()).isEqualTo(reference.size());
        for (int r = 0; r < ids.size(); r++) {
            assertThat(reference).contains(ids.get(r));
        }
    }
}
