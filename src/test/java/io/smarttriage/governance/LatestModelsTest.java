package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LatestModelsTest {
    private static final Instant T0 = Instant.parse("2026-03-03T03:30:00Z");

    private final MemoryModelArchive archive = new MemoryModelArchive();
    private final MovableClock clock = new MovableClock();

    @Test
    void givenTwoNodesAndANewerModelStoredByOne_current_bothServeTheNewerAfterRecheck() {
        LatestModels nodeA = new LatestModels(archive, clock, Duration.ofMinutes(1));
        LatestModels nodeB = new LatestModels(archive, clock, Duration.ofMinutes(1));
        archive.save(model("v1"));
        nodeA.current("HELP");
        nodeB.current("HELP");

        archive.save(model("v2"));
        clock.now = T0.plusSeconds(61);

        assertThat(nodeA.current("HELP")).get().extracting(StoredModel::version).isEqualTo(2L);
        assertThat(nodeB.current("HELP")).get().extracting(StoredModel::version).isEqualTo(2L);
    }

    @Test
    void givenRecheckNotDue_current_keepsTheLoadedVersion() {
        LatestModels node = new LatestModels(archive, clock, Duration.ofMinutes(1));
        archive.save(model("v1"));
        node.current("HELP");

        archive.save(model("v2"));

        assertThat(node.current("HELP")).get().extracting(StoredModel::version).isEqualTo(1L);
    }

    @Test
    void givenNoStoredModel_current_isEmpty() {
        LatestModels node = new LatestModels(archive, clock, Duration.ofMinutes(1));

        var current = node.current("HELP");

        assertThat(current).isEmpty();
    }

    private static StoredModel model(String bytes) {
        return new StoredModel(0L, "HELP", T0, "{}", bytes.getBytes(StandardCharsets.UTF_8));
    }

    /** A clock tests can move. */
    private static final class MovableClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
