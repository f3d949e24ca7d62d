package io.smarttriage.standalone;

/**
 * What the assignment backtest measured: the expertise ranking against the actual assignees of the
 * requests after the cut, beside always proposing the busiest agents of the history.
 *
 * @param trainRows assigned requests created before the cut
 * @param laterRows assigned requests created on or after it
 * @param testRows later requests whose assignee was seen in training (the ones scored)
 * @param agents agents seen in training (the candidates)
 * @param threshold confidence at which the app assigns instead of suggesting
 * @param fixed ranking learned from the history only
 * @param online ranking that also learns each request once resolved, as the live app does
 * @param baselineAgent the agent with the most requests in training
 * @param baseline hit rates of always proposing the five busiest agents of training, in order
 * @param replay the time-ordered replay of the later requests, or {@code null} if it could not run
 * @param replayNote why the replay could not run, or {@code null} if it ran
 */
record AssignmentResult(
        int trainRows,
        int laterRows,
        int testRows,
        int agents,
        double threshold,
        Ranking fixed,
        Ranking online,
        String baselineAgent,
        Ranking baseline,
        ReplayFigures replay,
        String replayNote) {

    /**
     * Hit rates of one ranking.
     *
     * @param top1 share of rows whose actual assignee ranked first
     * @param top5 share of rows whose actual assignee ranked in the first five
     * @param coverage share of rows whose top confidence reached the threshold
     * @param precision top-1 hit rate on those rows (0 when none)
     */
    record Ranking(double top1, double top5, double coverage, double precision) {}
}
