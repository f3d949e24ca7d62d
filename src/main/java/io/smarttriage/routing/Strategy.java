package io.smarttriage.routing;

/** How a service desk picks an agent among those who can take a request. */
public enum Strategy {
    /** Expertise weighed against current load; the default. */
    BEST_MATCH,
    /** The lowest share of capacity in use among agents with matching expertise. */
    LEAST_LOADED,
    /** The next eligible agent of the pool, in the order it was given, after the last one given. */
    ROUND_ROBIN
}
