package io.smarttriage.standalone;

import io.smarttriage.eval.CoverageAtThreshold;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage and precision if the app acted only on predictions at or above a confidence threshold.
 *
 * @param threshold the confidence threshold
 * @param coverage share of test requests the app would act on
 * @param precision share of those that were right (0 when it acts on none)
 */
record CurvePoint(double threshold, double coverage, double precision) {

    /** Returns the point for one threshold. */
    static CurvePoint at(List<Outcome> outcomes, double threshold) {
        CoverageAtThreshold point =
                CoverageAtThreshold.of(
                        Outcome.confidences(outcomes), Outcome.rights(outcomes), threshold);
        return new CurvePoint(threshold, point.coverage(), point.precision());
    }

    /** Returns points for thresholds 0, 1/steps, ..., 1. */
    static List<CurvePoint> curve(List<Outcome> outcomes, int steps) {
        List<CurvePoint> points = new ArrayList<>(steps + 1);
        for (int s = 0; s <= steps; s++) {
            points.add(at(outcomes, (double) s / steps));
        }
        return points;
    }
}
