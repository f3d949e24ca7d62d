package io.smarttriage.forecast;

/** How the weekly season combines with level and trend. */
public enum SeasonMode {
    /** The season adds a number of requests to the level. */
    ADDITIVE,
    /** The season scales the level by a weekday factor. */
    MULTIPLICATIVE
}
