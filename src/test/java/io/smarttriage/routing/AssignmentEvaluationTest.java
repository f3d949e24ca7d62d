package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentEvaluationTest {
    private final AssignmentEvaluation evaluation =
            new AssignmentEvaluation(ExpertiseSettings.defaults(), new RequestTokens(), 0.5);

    @Test
    void givenTakeoverAfterCutoff_whenEvaluated_thenTestRowsLimitedToTrainingAssignees() {
        var tickets = SyntheticTickets.takeover();

        EvaluationReport report = evaluation.run(tickets, SyntheticTickets.CUTOFF);

        assertThat(report.trainRows()).isEqualTo(61);
        assertThat(report.poolSize()).isEqualTo(4);
        assertThat(report.fixed().rows()).isEqualTo(40);
    }

    @Test
    void givenTakeoverAfterCutoff_whenLearningOnline_thenTopOneBeatsStatic() {
        var tickets = SyntheticTickets.takeover();

        EvaluationReport report = evaluation.run(tickets, SyntheticTickets.CUTOFF);

        assertThat(report.online().top1()).isGreaterThan(report.fixed().top1());
        assertThat(report.online().top5()).isGreaterThanOrEqualTo(report.online().top1());
    }
}
