package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;
import io.smarttriage.routing.AssignmentEvaluation;
import io.smarttriage.routing.DeskSettings;
import io.smarttriage.routing.EvaluationReport;
import io.smarttriage.routing.ExpertiseSettings;
import io.smarttriage.routing.PipelineTokens;
import io.smarttriage.routing.RankingResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Measures assignment on a time split with the routing core's evaluation. */
final class AssignmentBacktest {

    private static final int TOP = 5;

    private AssignmentBacktest() {}

    /** Returns why assignment cannot be measured on {@code split}, or {@code null} if it can. */
    static SkipReason unmeasurable(HistorySplit split) {
        if (split.info().cut() == null) {
            return SkipReason.NO_DATES;
        }
        boolean train = split.train().stream().anyMatch(AssignmentBacktest::assigned);
        boolean test = split.test().stream().anyMatch(AssignmentBacktest::assigned);
        if (!train) {
            return test ? SkipReason.NO_TRAINING_VALUES : SkipReason.NO_VALUES;
        }
        return test ? null : SkipReason.NO_TEST_VALUES;
    }

    /**
     * Ranks the agents for each later request, in time order, scores the rankings, and replays the
     * later requests with live workload and the given availability.
     */
    static AssignmentResult run(
            HistorySplit split, AvailabilitySource availability, Progress progress) {
        double threshold = DeskSettings.defaults().assignThreshold();
        AssignmentEvaluation evaluation =
                new AssignmentEvaluation(
                        ExpertiseSettings.defaults(), new PipelineTokens(), threshold);
        Instant cut = Instant.parse(split.info().cut());
        List<Ticket> dated = new ArrayList<>(split.train());
        dated.addAll(split.test());
        EvaluationReport report = evaluation.run(dated, cut);
        Map<String, Long> counts = agentCounts(split.train());
        List<String> busiest = ranked(counts);
        List<Ticket> scored =
                split.test().stream()
                        .filter(AssignmentBacktest::assigned)
                        .filter(t -> counts.containsKey(t.assignee()))
                        .toList();
        String note = ReplayBacktest.unreplayable(dated, report.fixed().rows());
        ReplayFigures replay = replay(dated, cut, note, availability, progress);
        return new AssignmentResult(
                report.trainRows(),
                report.laterRows(),
                report.fixed().rows(),
                report.poolSize(),
                threshold,
                ranking(report.fixed()),
                ranking(report.online()),
                busiest.get(0),
                baseline(scored, busiest),
                replay,
                note);
    }

    /** Replays the later requests, or returns {@code null} when {@code note} says why not. */
    private static ReplayFigures replay(
            List<Ticket> dated,
            Instant cut,
            String note,
            AvailabilitySource availability,
            Progress progress) {
        if (note != null) {
            progress.step("skipping the assignment replay: " + note);
            return null;
        }
        progress.step("replaying the requests after the cut with live workload");
        return ReplayBacktest.run(dated, cut, availability);
    }

    private static AssignmentResult.Ranking ranking(RankingResult result) {
        double precision = Double.isNaN(result.precision()) ? 0 : result.precision();
        return new AssignmentResult.Ranking(
                result.top1(), result.top5(), result.coverage(), precision);
    }

    private static AssignmentResult.Ranking baseline(List<Ticket> scored, List<String> busiest) {
        long first = scored.stream().filter(t -> t.assignee().equals(busiest.get(0))).count();
        List<String> top = busiest.subList(0, Math.min(TOP, busiest.size()));
        long five = scored.stream().filter(t -> top.contains(t.assignee())).count();
        double n = Math.max(1, scored.size());
        return new AssignmentResult.Ranking(first / n, five / n, 1, first / n);
    }

    private static List<String> ranked(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<String, Long> agentCounts(List<Ticket> train) {
        return train.stream()
                .filter(AssignmentBacktest::assigned)
                .collect(Collectors.groupingBy(Ticket::assignee, Collectors.counting()));
    }

    static boolean assigned(Ticket ticket) {
        return ticket.assignee() != null && !ticket.assignee().isBlank();
    }
}
