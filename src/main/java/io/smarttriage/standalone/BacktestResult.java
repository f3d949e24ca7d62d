package io.smarttriage.standalone;

import java.util.List;

/**
 * The outcome of one backtest, as written to the JSON result and rendered in the HTML report.
 *
 * @param command {@code backtest} or {@code demo}
 * @param dataset where the requests came from
 * @param split how they were divided
 * @param seed the seed used for training
 * @param fields results per measured field
 * @param skipped requested fields that could not be measured
 * @param assignment the assignment figures, or {@code null} when not requested or measurable
 */
record BacktestResult(
        String command,
        DatasetInfo dataset,
        SplitInfo split,
        long seed,
        List<FieldResult> fields,
        List<SkippedField> skipped,
        AssignmentResult assignment) {}
