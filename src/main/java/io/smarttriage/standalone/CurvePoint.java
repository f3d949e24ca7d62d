package io.smarttriage.standalone;

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
        int acted = 0;
        int right = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.confidence() >= threshold) {
                acted++;
                right += outcome.correct() ? 1 : 0;
            }
        }
        return new CurvePoint(
                threshold,
                outcomes.isEmpty() ? 0 : (double) acted / outcomes.size(),
                acted == 0 ? 0 : (double) right / acted);
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
