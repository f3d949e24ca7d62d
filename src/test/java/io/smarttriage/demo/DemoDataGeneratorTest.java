package io.smarttriage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.domain.Ticket;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Determinism and shape of the generated demo data. */
class DemoDataGeneratorTest {

    @Test
    void givenSameSeed_generate_returnsEqualTickets() {
        DemoDataGenerator first = new DemoDataGenerator(11);
        DemoDataGenerator second = new DemoDataGenerator(11);

        List<Ticket> a = first.generate(500);
        List<Ticket> b = second.generate(500);

        assertThat(a).isEqualTo(b);
    }

    @Test
    void givenOtherSeed_generate_returnsOtherTickets() {
        DemoDataGenerator generator = new DemoDataGenerator(11);

        List<Ticket> other = new DemoDataGenerator(12).generate(200);

        assertThat(generator.generate(200)).isNotEqualTo(other);
    }

    @Test
    void givenCount_generate_returnsLabelledTicketsInCreationOrderWithinAYear() {
        DemoDataGenerator generator = new DemoDataGenerator(3);

        List<Ticket> tickets = generator.generate(2_000);

        assertThat(tickets)
                .hasSize(2_000)
                .isSortedAccordingTo(Comparator.comparing(Ticket::created));
        assertThat(tickets)
                .allSatisfy(t -> assertThat(t.category()).isNotBlank())
                .allSatisfy(t -> assertThat(t.components()).hasSize(1))
                .allSatisfy(t -> assertThat(t.priority()).isNotBlank())
                .allSatisfy(t -> assertThat(t.assignee()).isNotBlank());
        Duration span =
                Duration.between(
                        tickets.get(0).created(), tickets.get(tickets.size() - 1).created());
        assertThat(span).isBetween(Duration.ofDays(300), Duration.ofDays(366));
    }

    @Test
    void givenManyTickets_generate_keepsUrgentRequestsRare() {
        DemoDataGenerator generator = new DemoDataGenerator(5);

        Map<String, Long> priorities =
                generator.generate(3_000).stream()
                        .collect(Collectors.groupingBy(Ticket::priority, Collectors.counting()));

        assertThat(priorities).containsOnlyKeys("Urgent", "High", "Medium", "Low");
        assertThat(priorities.get("Urgent")).isBetween(30L, 300L);
        assertThat(priorities.get("Medium")).isGreaterThan(priorities.get("Urgent") * 5);
    }
}
