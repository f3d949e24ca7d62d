package io.smarttriage.routing;

import java.util.List;
import java.util.Map;

/**
 * Load spread in a time-ordered replay of a test period, actual assignees against the app's.
 *
 * @param requests requests replayed
 * @param agents agents in the pool
 * @param actualBusiestShare share of requests the busiest actual assignee took
 * @param appBusiestShare share of requests the busiest agent took under the app
 * @param actualGini Gini coefficient of requests taken per agent, actual assignees
 * @param appGini Gini coefficient of requests taken per agent, the app's assignments
 * @param actualLoadGini Gini coefficient of time-averaged open requests per agent, actual
 * @param appLoadGini Gini coefficient of time-averaged open requests per agent, the app
 * @param actualEligibleShare share of requests whose actual assignee could have been chosen at the
 *     time (active, available, under capacity, with matching expertise)
 * @param actualExclusions why the actual assignee could not have been chosen, with counts
 * @param agreement share of requests the app gave to the actual assignee
 * @param suggested requests the app only suggested (counted as taken by the suggested agent)
 * @param unassigned requests the app left waiting at arrival (nobody eligible)
 * @param stillWaiting requests still waiting at the end of the replay
 * @param appShares the agents who took most requests under the app (suggestions included), most
 *     first, each with their share of requests beside their share of the pool's capacity
 */
public record ReplayResult(
        int requests,
        int agents,
        double actualBusiestShare,
        double appBusiestShare,
        double actualGini,
        double appGini,
        double actualLoadGini,
        double appLoadGini,
        double actualEligibleShare,
        Map<Exclusion, Integer> actualExclusions,
        double agreement,
        int suggested,
        int unassigned,
        int stillWaiting,
        List<AgentShare> appShares) {

    /** Copies the exclusion counts and the shares. */
    public ReplayResult {
        actualExclusions = Map.copyOf(actualExclusions);
        appShares = List.copyOf(appShares);
    }
}
