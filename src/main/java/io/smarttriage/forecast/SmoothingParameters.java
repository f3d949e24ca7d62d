package io.smarttriage.forecast;

/**
 * Smoothing weights of a Holt-Winters model.
 *
 * @param alpha level weight
 * @param beta trend weight
 * @param gamma season weight
 * @param phi trend damping factor
 */
public record SmoothingParameters(double alpha, double beta, double gamma, double phi) {

    /** Returns the parameters as an array in declaration order. */
    double[] toArray() {
        return new double[] {alpha, beta, gamma, phi};
    }

    /** Builds parameters from an array in declaration order. */
    static SmoothingParameters of(double[] point) {
        return new SmoothingParameters(point[0], point[1], point[2], point[3]);
    }
}
