package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpertiseModelTest {
    private static final Instant NOW = Fixtures.MONDAY_NOON;

    @Test
    void givenTwoSpecialists_whenRequestForOnesComponent_thenThatOneRanksFirst() {
        ExpertiseModel model = Fixtures.trained(NOW, 5, "alice", "Network", "bob", "Printing");

        List<ExpertiseScore> ranked =
                ExpertiseRanking.rank(
                        model.query(Fixtures.request("N-1", "Printing", "printing"), NOW),
                        List.of("alice", "bob"));

        assertThat(ranked).extracting(ExpertiseScore::agent).containsExactly("bob", "alice");
    }

    @Test
    void givenSameWorkLongAgoAndRecently_whenScored_thenRecentAgentWins() {
        ExpertiseModel model = new ExpertiseModel(ExpertiseSettings.defaults());
        for (int i = 0; i < 5; i++) {
            model.learn(
                    "old",
                    Fixtures.request("O-" + i, "Network"),
                    NOW.minus(Duration.ofDays(700 + i)));
            model.learn(
                    "recent",
                    Fixtures.request("R-" + i, "Network"),
                    NOW.minus(Duration.ofDays(10 + i)));
        }

        ExpertiseQuery query = model.query(Fixtures.request("N-1", "Network"), NOW);

        assertThat(query.score("recent").value()).isGreaterThan(query.score("old").value());
    }

    @Test
    void givenAgentBelowMinimumEvidence_whenScored_thenColdStartAtProjectAverage() {
        ExpertiseModel model = Fixtures.trained(NOW, 5, "alice", "Network", "bob", "Printing");
        model.learn("newbie", Fixtures.request("X-1", "Network"), NOW);

        ExpertiseScore score = model.query(Fixtures.request("N-1", "Network"), NOW).score("newbie");

        assertThat(score.coldStart()).isTrue();
        assertThat(score.qualified()).isTrue();
    }

    @Test
    void givenAgentFromAnotherProject_whenScored_thenNotQualified() {
        ExpertiseModel model = Fixtures.trained(NOW, 5, "alice", "Network");
        RequestFeatures other =
                new RequestFeatures(
                        "O-1", "OPS", List.of("Disk"), "Major", null, null, List.of("disk"));
        for (int i = 0; i < 5; i++) {
            model.learn("olga", other, NOW.minusSeconds(60L * i));
        }

        ExpertiseScore score = model.query(Fixtures.request("N-1", "Network"), NOW).score("olga");

        assertThat(score.qualified()).isFalse();
    }

    @Test
    void givenRequestWithoutProject_whenScored_thenExperiencedAgentStillQualified() {
        ExpertiseModel model = Fixtures.trained(NOW, 5, "alice", "Network");
        RequestFeatures noProject =
                new RequestFeatures(
                        "X-1", null, List.of(), "Major", null, null, List.of("network"));

        ExpertiseScore score = model.query(noProject, NOW).score("alice");

        assertThat(score.qualified()).isTrue();
    }
}
