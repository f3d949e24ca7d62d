package io.smarttriage.routing;

/**
 * Hit rates of the expertise ranking against the actual assignees of a test period.
 *
 * @param rows test rows scored
 * @param top1 share of rows whose actual assignee ranked first
 * @param top5 share of rows whose actual assignee ranked in the first five
 * @param threshold confidence threshold at which the app assigns instead of suggesting
 * @param coverage share of rows whose top confidence reached the threshold
 * @param precision top-1 hit rate on the covered rows (NaN when none are covered)
 */
public record RankingResult(
        int rows, double top1, double top5, double threshold, double coverage, double precision) {}
