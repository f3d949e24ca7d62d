package io.smarttriage.routing;

/** How a service desk picks an agent among those who can take a request. */
public enum Strategy {
    /** Expertise weighed against current load; the default. */
    BEST_MATCH,
    /** The lowest share of capacity in use among agents with matching expertise. */
    LEAST_LOADED,
    /** The next eligible agent in user-key order after the last one chosen. */
    ROUND_ROBIN
}
