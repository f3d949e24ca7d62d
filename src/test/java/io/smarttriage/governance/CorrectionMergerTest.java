package io.smarttriage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorrectionMergerTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private final MemoryExamples examples = new MemoryExamples();
    private final CorrectionMerger merger = new CorrectionMerger(examples);

    @Test
    void givenTwoCorrectionsOfAFieldInTheWindow_merge_usesTheLatest() {
        correct(1L, TargetField.PRIORITY, "High", T0);
        correct(1L, TargetField.PRIORITY, "Low", T0.plusSeconds(60));

        CorrectionMerger.Merged merged = merger.merge("HELP", window(1L, 2L), noLookup());

        assertThat(merged.tickets()).extracting(Ticket::priority).containsExactly("Low", "Medium");
        assertThat(merged.corrected()).isEqualTo(1);
    }

    @Test
    void givenComponentAndAssigneeCorrections_merge_setsBothOnTheTicket() {
        correct(1L, TargetField.COMPONENT, "HELP/Network", T0);
        correct(1L, TargetField.ASSIGNEE, "agent-2", T0);

        Ticket ticket = merger.merge("HELP", window(1L), noLookup()).tickets().get(0);

        assertThat(ticket.components()).containsExactly("Network");
        assertThat(TargetField.COMPONENT.valueOf(ticket)).isEqualTo("HELP/Network");
        assertThat(ticket.assignee()).isEqualTo("agent-2");
        assertThat(ticket.priority()).isEqualTo("Medium");
    }

    @Test
    void givenCorrectionsOutsideTheWindow_merge_addsReadableOnesAndCountsTheRest() {
        correct(5L, TargetField.PRIORITY, "High", T0);
        correct(6L, TargetField.PRIORITY, "High", T0);
        TicketLookup onlyFive =
                (id, project) -> id == 5L ? Optional.of(ticket(5L)) : Optional.empty();

        CorrectionMerger.Merged merged = merger.merge("HELP", window(1L), onlyFive);

        assertThat(merged.tickets())
                .extracting(Ticket::key, Ticket::priority)
                .containsExactly(tuple("HELP-1", "Medium"), tuple("HELP-5", "High"));
        assertThat(List.of(merged.added(), merged.missing(), merged.beyondLimit()))
                .containsExactly(1, 1, 0);
    }

    @Test
    void givenMoreCorrectedIssuesOutsideThanTheBound_merge_readsOnlyTheBoundAndCountsTheRest() {
        for (long id = 100; id < 100 + CorrectionMerger.MAX_LOOKUPS + 3; id++) {
            correct(id, TargetField.PRIORITY, "High", T0);
        }
        TicketLookup all = (id, project) -> Optional.of(ticket(id));

        CorrectionMerger.Merged merged = merger.merge("HELP", List.of(), all);

        assertThat(merged.added()).isEqualTo(CorrectionMerger.MAX_LOOKUPS);
        assertThat(merged.beyondLimit()).isEqualTo(3);
    }

    @Test
    void givenCorrectionOfAnotherProject_merge_leavesTheWindowAsItIs() {
        examples.add(new TrainingExample(1L, "OPS", TargetField.PRIORITY, "High", "a", T0));

        CorrectionMerger.Merged merged = merger.merge("HELP", window(1L), noLookup());

        assertThat(merged.tickets()).extracting(Ticket::priority).containsExactly("Medium");
        assertThat(merged.corrected()).isZero();
    }

    private void correct(long issueId, TargetField field, String value, Instant time) {
        examples.add(new TrainingExample(issueId, "HELP", field, value, "agent-1", time));
    }

    private static List<HistoryEntry> window(Long... ids) {
        return List.of(ids).stream().map(id -> new HistoryEntry(id, ticket(id))).toList();
    }

    private static Ticket ticket(long id) {
        return Ticket.builder("HELP-" + id, T0)
                .project("HELP")
                .summary("printer broken")
                .priority("Medium")
                .assignee("agent-1")
                .components(List.of("Hardware"))
                .build();
    }

    private static TicketLookup noLookup() {
        return (id, project) -> {
            throw new AssertionError("no lookup expected, got " + Map.of(id, project));
        };
    }
}
