package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpertiseCodecTest {
    private static final Instant NOW = Fixtures.MONDAY_NOON;
    private static final List<String> AGENTS = List.of("alice", "bob", "carol");

    @Test
    void givenTrainedModel_whenWrittenAndRead_thenEveryAgentScoresAsBefore() {
        ExpertiseModel model = Fixtures.trained(NOW, 6, "alice", "Network", "bob", "Printing");
        model.learn("carol", Fixtures.request("C-1", "Network", "vpn"), NOW.minusSeconds(60));

        ExpertiseModel copy = ExpertiseCodec.read(ExpertiseCodec.write(model));

        RequestFeatures request = Fixtures.request("N-1", "Network", "network", "vpn");
        Instant later = NOW.plus(Duration.ofDays(3));
        ExpertiseQuery before = model.query(request, later);
        ExpertiseQuery after = copy.query(request, later);
        for (String agent : AGENTS) {
            assertThat(after.score(agent)).isEqualTo(before.score(agent));
        }
        assertThat(copy.evidenceOf("alice")).isEqualTo(6);
        assertThat(copy.settings()).isEqualTo(model.settings());
    }

    @Test
    void givenReadModel_whenItLearnsMore_thenItMatchesTheOriginalLearningTheSame() {
        ExpertiseModel model = Fixtures.trained(NOW, 4, "alice", "Network", "bob", "Printing");
        ExpertiseModel copy = ExpertiseCodec.read(ExpertiseCodec.write(model));
        RequestFeatures resolved = Fixtures.request("P-9", "Printing", "toner");

        model.learn("alice", resolved, NOW);
        copy.learn("alice", resolved, NOW);

        RequestFeatures request = Fixtures.request("P-10", "Printing", "toner");
        assertThat(copy.query(request, NOW).score("alice"))
                .isEqualTo(model.query(request, NOW).score("alice"));
    }

    @Test
    void givenBytesOfSomethingElse_whenRead_thenErrorNamesTheFormatMarker() {
        byte[] other = {1, 2, 3, 4, 5, 6, 7, 8};

        assertThatThrownBy(() -> ExpertiseCodec.read(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format marker must be 45585032 or 45585031, was 1020304");
    }
}
