package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The majority-so-far baseline of the replay. */
class RunningMajorityTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void givenRequestsInOrder_score_guessesTheMostFrequentEarlierValueOfTheProject() {
        List<Ticket> tickets =
                List.of(
                        request(1, "OPS", "High"),
                        request(2, "OPS", "Low"),
                        request(3, "OPS", "High"),
                        request(4, "WEB", "Low"),
                        request(5, "OPS", "High"),
                        request(6, "OPS", "Low"),
                        request(7, "OPS", null),
                        request(8, "WEB", "Low"));
        Map<TargetField, int[]> first = counters();
        Map<TargetField, int[]> second = counters();

        RunningMajority.score(tickets, first, second);

        assertThat(first.get(TargetField.PRIORITY)).containsExactly(1, 4);
        assertThat(second.get(TargetField.PRIORITY)).containsExactly(2, 3);
        assertThat(first.get(TargetField.CATEGORY)).containsExactly(0, 0);
    }

    private static Ticket request(int n, String project, String priority) {
        return Ticket.builder(project + "-" + n, T0.plusSeconds(n))
                .project(project)
                .priority(priority)
                .build();
    }

    private static Map<TargetField, int[]> counters() {
        Map<TargetField, int[]> c = new EnumMap<>(TargetField.class);
        for (TargetField field : TargetField.values()) {
            c.put(field, new int[2]);
        }
        return c;
    }
}
