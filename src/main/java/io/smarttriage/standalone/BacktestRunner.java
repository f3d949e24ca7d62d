package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a backtest: reads the requests, learns each field from history before the cut, then triages
 * the later requests one at a time as if they were arriving live, and scores the result.
 */
final class BacktestRunner {

    private final FieldTrainer trainer;
    private final Progress progress;
    private final AvailabilitySource availability;

    BacktestRunner(FieldTrainer trainer, Progress progress) {
        this(trainer, progress, AvailabilitySource.always());
    }

    /** Returns a runner whose assignment replay uses {@code availability}. */
    BacktestRunner(FieldTrainer trainer, Progress progress, AvailabilitySource availability) {
        this.trainer = trainer;
        this.progress = progress;
        this.availability = availability;
    }

    /**
     * Runs the backtest.
     *
     * @param command name of the command, for the result
     * @param source where the requests come from, with their format
     * @param feed the requests
     * @param cut train on requests created before this; {@code null} to choose a default
     * @param fields the fields to measure
     * @param seed training seed
     */
    BacktestResult run(
            String command,
            DataSource source,
            TicketFeed feed,
            Instant cut,
            List<TargetField> fields,
            long seed) {
        List<Ticket> tickets = new ArrayList<>();
        FeedSummary summary =
                feed.read(
                        ticket -> {
                            tickets.add(ticket);
                            progress.rowsRead(tickets.size());
                        });
        if (tickets.isEmpty()) {
            throw new InputException(
                    source.source()
                            + ": no usable request in the export ("
                            + summary.rowsRead()
                            + " rows read, "
                            + summary.rowsRejected()
                            + " rejected)");
        }
        HistorySplit split = HistorySplit.of(tickets, cut);
        List<FieldResult> results = new ArrayList<>();
        List<SkippedField> skipped = new ArrayList<>();
        FieldBacktest fieldBacktest = new FieldBacktest(trainer, progress, seed);
        AssignmentResult assignment = null;
        for (TargetField field : fields) {
            boolean routing = field == TargetField.ASSIGNEE;
            SkipReason reason =
                    routing
                            ? AssignmentBacktest.unmeasurable(split)
                            : fieldBacktest.unmeasurable(field, split);
            if (reason != null) {
                skip(skipped, field, reason);
            } else if (routing) {
                progress.step("ranking agents for the requests after the cut");
                assignment = AssignmentBacktest.run(split, availability, progress);
            } else {
                results.add(fieldBacktest.run(field, split));
            }
        }
        return new BacktestResult(
                command,
                source.withRead(summary),
                split.info(),
                seed,
                results,
                skipped,
                assignment);
    }

    private void skip(List<SkippedField> skipped, TargetField field, SkipReason reason) {
        String name = field.name().toLowerCase(Locale.ROOT);
        skipped.add(new SkippedField(name, reason));
        progress.step("skipping " + name + ": " + reason.description());
    }
}
