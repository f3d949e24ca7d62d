package io.smarttriage.standalone;

/**
 * How requests were divided into history to learn from and requests to triage.
 *
 * @param method {@code time-cut} (history before {@code cut}) or {@code every-fifth} (row i is a
 *     test row if i % 5 == 0, for data without dates)
 * @param cut the time cut as an ISO-8601 instant, or {@code null} for {@code every-fifth}
 * @param cutGiven whether the user gave the cut; otherwise it was placed after 80% of the dated
 *     requests
 * @param trainRows requests in the history
 * @param testRows requests triaged
 * @param undatedExcluded requests left out because a time cut needs a creation date
 */
record SplitInfo(
        String method,
        String cut,
        boolean cutGiven,
        int trainRows,
        int testRows,
        int undatedExcluded) {}
