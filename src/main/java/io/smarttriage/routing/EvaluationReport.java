package io.smarttriage.routing;

/**
 * The assignment figures of one time split.
 *
 * @param trainRows assigned tickets created before the cutoff
 * @param laterRows assigned tickets created at or after the cutoff
 * @param poolSize agents seen in training (the candidates)
 * @param fixed ranking with the training history only (static)
 * @param online ranking that also learns each ticket when it is resolved (online)
 */
public record EvaluationReport(
        int trainRows, int laterRows, int poolSize, RankingResult fixed, RankingResult online) {}
