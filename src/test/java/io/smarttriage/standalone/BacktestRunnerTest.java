package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.smarttriage.demo.DemoDataGenerator;
import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backtest pipeline: split, skipped fields and scores against the baseline. */
class BacktestRunnerTest {

    private static final DataSource SOURCE = new DataSource("test tickets", "generated", true);

    @Test
    void givenTicketsWithoutPriority_run_skipsPriorityAndMeasuresTheRest() {
        List<Ticket> tickets =
                generated(200).stream().map(t -> rebuild(t, t.created(), null)).toList();

        BacktestResult result = run(tickets, List.of(TargetField.CATEGORY, TargetField.PRIORITY));

        assertThat(result.fields()).extracting(FieldResult::field).containsExactly("category");
        assertThat(result.skipped())
                .containsExactly(new SkippedField("priority", SkipReason.NO_VALUES));
    }

    @Test
    void givenUndatedTickets_run_holdsOutEveryFifthRow() {
        List<Ticket> tickets =
                generated(203).stream().map(t -> rebuild(t, null, t.priority())).toList();

        BacktestResult result = run(tickets, List.of(TargetField.CATEGORY));

        assertThat(result.split().method()).isEqualTo("every-fifth");
        assertThat(result.split().testRows()).isEqualTo(41);
        assertThat(result.fields().get(0).testRows()).isEqualTo(41);
    }

    @Test
    void givenUndatedTickets_run_skipsAssigneeForWantOfDates() {
        List<Ticket> tickets =
                generated(100).stream().map(t -> rebuild(t, null, t.priority())).toList();

        BacktestResult result = run(tickets, List.of(TargetField.ASSIGNEE));

        assertThat(result.assignment()).isNull();
        assertThat(result.skipped())
                .containsExactly(new SkippedField("assignee", SkipReason.NO_DATES));
    }

    @Test
    void givenDatedAssignedTickets_run_ranksAgentsAgainstTheBusiestAgents() {
        List<Ticket> tickets = generated(600);

        BacktestResult result = run(tickets, List.of(TargetField.ASSIGNEE));

        AssignmentResult assignment = result.assignment();
        assertThat(assignment.trainRows() + assignment.laterRows()).isEqualTo(600);
        assertThat(assignment.fixed().top5()).isGreaterThan(assignment.baseline().top5());
        assertThat(assignment.online().top1()).isBetween(0.0, 1.0);
    }

    @Test
    void givenNoResolutionDates_run_skipsTheReplayWithANote() {
        List<Ticket> tickets = generated(300).stream().map(BacktestRunnerTest::unresolved).toList();

        BacktestResult result = run(tickets, List.of(TargetField.ASSIGNEE));

        assertThat(result.assignment().replay()).isNull();
        assertThat(result.assignment().replayNote()).isEqualTo(ReplayBacktest.NO_RESOLUTIONS);
    }

    @Test
    void givenDatedResolvedTickets_run_replaysTheRequestsAfterTheCut() {
        List<Ticket> tickets = generated(300);

        BacktestResult result = run(tickets, List.of(TargetField.ASSIGNEE));

        ReplayFigures replay = result.assignment().replay();
        assertThat(replay.requests()).isEqualTo(result.assignment().testRows());
        assertThat(replay.agents()).isEqualTo(result.assignment().agents());
        assertThat(replay.suggested() + replay.unassigned()).isBetween(0, replay.requests());
    }

    @Test
    void givenEmptyFeed_run_failsNamingTheSource() {
        List<Ticket> none = List.of();

        Throwable thrown = catchThrowable(() -> run(none, List.of(TargetField.CATEGORY)));

        assertThat(thrown)
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test tickets")
                .hasMessageContaining("no usable request");
    }

    @Test
    void givenDatedTickets_run_scoresTriageAgainstTheBaseline() {
        List<Ticket> tickets = generated(600);

        BacktestResult result = run(tickets, List.of(TargetField.PRIORITY));

        FieldResult priority = result.fields().get(0);
        assertThat(priority.testRows() + priority.trainRows()).isEqualTo(600);
        assertThat(priority.model().macroF1()).isGreaterThan(priority.baseline().macroF1());
        assertThat(priority.model().urgentRecall()).isNotNull();
        assertThat(priority.reliability().stream().mapToInt(ReliabilityBin::count).sum())
                .isEqualTo(priority.testRows());
    }

    private static List<Ticket> generated(int count) {
        return new DemoDataGenerator(21).generate(count);
    }

    private static BacktestResult run(List<Ticket> tickets, List<TargetField> fields) {
        TicketFeed feed =
                sink -> {
                    tickets.forEach(sink);
                    return new FeedSummary(tickets.size(), tickets.size(), 0, List.of());
                };
        Progress quiet = new Progress(new PrintWriter(new StringWriter()));
        return new BacktestRunner(Trainers.standard(), quiet)
                .run("demo", SOURCE, feed, null, fields, 3);
    }

    private static Ticket unresolved(Ticket t) {
        return new Ticket(
                t.key(),
                t.project(),
                t.created(),
                null,
                t.summary(),
                t.description(),
                t.environment(),
                t.reporter(),
                t.assignee(),
                t.priority(),
                t.category(),
                t.components(),
                t.labels(),
                t.affectsVersions());
    }

    private static Ticket rebuild(Ticket t, Instant created, String priority) {
        return new Ticket(
                t.key(),
                t.project(),
                created,
                t.resolved(),
                t.summary(),
                t.description(),
                t.environment(),
                t.reporter(),
                t.assignee(),
                priority,
                t.category(),
                t.components(),
                t.labels(),
                t.affectsVersions());
    }
}
