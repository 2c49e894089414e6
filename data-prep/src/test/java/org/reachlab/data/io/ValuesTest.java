package org.reachlab.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-03T10:00:00+01:00", "2026-03-03T09:00:00Z", "2026-03-03 10:00:00+01:00",
            "2026-03-03T10:00+01:00", "2026-03-03T09:00:00.250Z", "2026-03-03T04:00:00-05:00"})
    void acceptsIsoTimestampsWithOffset(String text) throws Exception {
        OffsetDateTime t = Values.timestamp(text);
        assertThat(t.toInstant().getEpochSecond()).isEqualTo(OffsetDateTime.parse("2026-03-03T09:00:00Z")
                .toInstant().getEpochSecond());
    }

    @Test
    void fastPathAgreesWithTheGeneralParser() {
        for (String s : new String[] {"2026-10-25T02:30:00+02:00", "1999-12-31T23:59:59Z", "2026-03-08T02:30:00-06:00"}) {
            assertThat(Values.fastParse(s)).isEqualTo(OffsetDateTime.parse(s));
        }
        assertThat(Values.fastParse("2026-02-30T10:00:00Z")).isNull();
    }

    @Test
    void offsetLessTimestampIsRejectedWithItsOwnCode() {
        assertThatThrownBy(() -> Values.timestamp("2026-03-03T10:00:00"))
                .isInstanceOfSatisfying(Values.BadValue.class, b -> assertThat(b.code()).isEqualTo("no_offset"))
                .hasMessageContaining("2026-03-03T10:00:00");
        assertThatThrownBy(() -> Values.timestamp("2026-03-03"))
                .isInstanceOfSatisfying(Values.BadValue.class, b -> assertThat(b.code()).isEqualTo("no_offset"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/03/2026 10:00", "yesterday", "2026-02-30T10:00:00Z", "2026-03-03T25:00:00Z"})
    void unparseableTimestampIsRejected(String text) {
        assertThatThrownBy(() -> Values.timestamp(text))
                .isInstanceOfSatisfying(Values.BadValue.class, b -> assertThat(b.code()).isEqualTo("bad_timestamp"))
                .hasMessageContaining(text);
    }

    @Test
    void propensityMustBeInUnitInterval() throws Exception {
        assertThat(Values.propensity("1")).isEqualTo(1.0);
        assertThatThrownBy(() -> Values.propensity("0")).isInstanceOf(Values.BadValue.class);
        assertThatThrownBy(() -> Values.propensity("NaN")).isInstanceOf(Values.BadValue.class);
    }
}
