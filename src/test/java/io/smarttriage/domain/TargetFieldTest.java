package io.smarttriage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a field's true value from a ticket. */
class TargetFieldTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void givenProjectAndComponents_whenComponentRead_thenFirstIsQualifiedByProject() {
        Ticket ticket =
                Ticket.builder("OPS-1", CREATED)
                        .project("OPS")
                        .components(List.of("Network", "VPN"))
                        .build();

        String value = TargetField.COMPONENT.valueOf(ticket);

        assertThat(value).isEqualTo("OPS/Network");
    }

    @Test
    void givenNoProject_whenComponentRead_thenComponentStandsAlone() {
        Ticket ticket = Ticket.builder("1", CREATED).components(List.of("Network")).build();

        String value = TargetField.COMPONENT.valueOf(ticket);

        assertThat(value).isEqualTo("Network");
    }

    @Test
    void givenBlankPriority_whenPriorityRead_thenItHasNoValue() {
        Ticket ticket = Ticket.builder("OPS-2", CREATED).project("OPS").priority("  ").build();

        String value = TargetField.PRIORITY.valueOf(ticket);

        assertThat(value).isNull();
    }
}
