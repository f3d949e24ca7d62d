package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HourlyProfileTest {

    @Test
    void givenMondayRequestsAtNineAndTen_learn_splitsMondayByCount() {
        List<Instant> created =
                List.of(
                        Instant.parse("2024-01-01T09:05:00Z"),
                        Instant.parse("2024-01-08T09:40:00Z"),
                        Instant.parse("2024-01-01T10:15:00Z"));

        HourlyProfile profile = HourlyProfile.learn(created, ZoneOffset.UTC);

        assertThat(profile.share(DayOfWeek.MONDAY, 9)).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(profile.share(DayOfWeek.MONDAY, 10)).isCloseTo(1.0 / 3.0, within(1e-12));
        assertThat(profile.share(DayOfWeek.TUESDAY, 9)).isCloseTo(1.0 / 24, within(1e-12));
    }

    @Test
    void givenFlatProfile_spread_keepsTheDailyTotal() {
        HourlyProfile profile = HourlyProfile.flat();

        double[] hours = profile.spread(DayOfWeek.FRIDAY, 48);

        assertThat(hours).hasSize(24).containsOnly(2.0);
        assertThat(Arrays.stream(hours).sum()).isCloseTo(48, within(1e-9));
    }
}
