package io.smarttriage.standalone;

import io.smarttriage.routing.AgentShare;
import io.smarttriage.routing.Exclusion;
import io.smarttriage.routing.ReplayResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time-ordered replay of the requests after the cut: how the load spread over the agents with
 * the actual assignees and with the app's assignments, and how often the actual assignee could have
 * been chosen at the time.
 *
 * @param requests requests replayed (later assigned requests whose assignee was seen in training)
 * @param agents agents in the pool (the assignees of training)
 * @param capacity the capacity every agent had
 * @param availability where agent availability came from
 * @param actualBusiestShare share of the requests the busiest actual assignee took
 * @param appBusiestShare share of the requests the busiest agent took under the app
 * @param actualGini Gini coefficient of requests taken per agent, actual assignees
 * @param appGini Gini coefficient of requests taken per agent, the app
 * @param actualLoadGini Gini coefficient of time-averaged open requests per agent, actual
 * @param appLoadGini Gini coefficient of time-averaged open requests per agent, the app
 * @param actualEligibleShare share of requests whose actual assignee was eligible at the time
 * @param agreement share of requests the app gave to the actual assignee
 * @param suggested requests the app only suggested (counted as taken by that agent)
 * @param unassigned requests the app left waiting at arrival because nobody was eligible
 * @param stillWaiting requests still waiting at the end of the replay
 * @param actualExclusions why the actual assignee was not eligible, with counts, most first
 * @param appShares the agents who took most requests under the app, most first, with their share of
 *     requests beside their share of capacity
 */
record ReplayFigures(
        int requests,
        int agents,
        double capacity,
        String availability,
        double actualBusiestShare,
        double appBusiestShare,
        double actualGini,
        double appGini,
        double actualLoadGini,
        double appLoadGini,
        double actualEligibleShare,
        double agreement,
        int suggested,
        int unassigned,
        int stillWaiting,
        Map<String, Integer> actualExclusions,
        List<AgentShare> appShares) {

    /** Returns the figures of {@code result}, run with this capacity and availability. */
    static ReplayFigures of(ReplayResult result, double capacity, String availability) {
        return new ReplayFigures(
                result.requests(),
                result.agents(),
                capacity,
                availability,
                result.actualBusiestShare(),
                result.appBusiestShare(),
                result.actualGini(),
                result.appGini(),
                result.actualLoadGini(),
                result.appLoadGini(),
                result.actualEligibleShare(),
                result.agreement(),
                result.suggested(),
                result.unassigned(),
                result.stillWaiting(),
                exclusions(result.actualExclusions()),
                result.appShares());
    }

    private static Map<String, Integer> exclusions(Map<Exclusion, Integer> counts) {
        Map<String, Integer> labelled = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(
                        Map.Entry.<Exclusion, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .forEach(
                        e ->
                                labelled.put(
                                        EnglishExplanations.text(
                                                e.getKey().messageKey(), List.of()),
                                        e.getValue()));
        return labelled;
    }
}
