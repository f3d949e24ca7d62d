package io.smarttriage.routing;

import java.time.Duration;

/**
 * How expertise is learned and weighed.
 *
 * @param halfLife age at which past work counts half
 * @param minEvidence resolved requests an agent needs before their own profile counts; until then
 *     they get the cold-start score of an average agent of the project
 * @param priorSmoothing pseudo-count added to decayed project activity (the prior)
 * @param featureSmoothing pseudo-count pulling each agent's feature rates to the desk's rates
 * @param componentWeight weight of component evidence
 * @param priorityWeight weight of priority evidence
 * @param categoryWeight weight of category evidence
 * @param reporterWeight weight of reporter evidence (who the agent worked for), 0 to ignore
 * @param textWeight weight of text evidence, spread over the request's tokens
 * @param maxTokens most distinct tokens of a request that are used
 */
public record ExpertiseSettings(
        Duration halfLife,
        int minEvidence,
        double priorSmoothing,
        double featureSmoothing,
        double componentWeight,
        double priorityWeight,
        double categoryWeight,
        double reporterWeight,
        double textWeight,
        int maxTokens) {

    /** Checks the ranges. */
    public ExpertiseSettings {
        if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException(
                    "expertise half-life must be positive, was " + halfLife);
        }
        if (minEvidence < 0 || !(priorSmoothing > 0) || !(featureSmoothing > 0) || maxTokens < 0) {
            throw new IllegalArgumentException(
                    "expertise settings: minEvidence ("
                            + minEvidence
                            + ") and maxTokens ("
                            + maxTokens
                            + ") must be >= 0, smoothing ("
                            + priorSmoothing
                            + ", "
                            + featureSmoothing
                            + ") > 0");
        }
    }

    /** Returns the settings the app ships with. */
    public static ExpertiseSettings defaults() {
        return new ExpertiseSettings(
                Duration.ofDays(120), 3, 0.5, 2.0, 1.0, 0.3, 1.0, 0.0, 1.0, 64);
    }

    /** Returns a copy with another half-life. */
    public ExpertiseSettings withHalfLife(Duration value) {
        return new ExpertiseSettings(
                value,
                minEvidence,
                priorSmoothing,
                featureSmoothing,
                componentWeight,
                priorityWeight,
                categoryWeight,
                reporterWeight,
                textWeight,
                maxTokens);
    }
}
