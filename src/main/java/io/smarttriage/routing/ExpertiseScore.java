package io.smarttriage.routing;

/**
 * How well one agent's past work matches a request.
 *
 * @param agent the agent's user key
 * @param value log-scale score; higher is better, comparable across agents for one request
 * @param coldStart whether the agent has too little history and got the average agent's score
 * @param projectEvidence decayed number of requests the agent resolved in the request's project
 * @param qualified whether the agent ever resolved work in the project, or is in cold start
 */
record ExpertiseScore(
        String agent, double value, boolean coldStart, double projectEvidence, boolean qualified) {}
