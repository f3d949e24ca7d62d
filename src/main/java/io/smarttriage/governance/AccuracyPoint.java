package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.time.LocalDate;

/**
 * Measured accuracy of one field on one day: of the decisions a person judged, how many kept the
 * predicted value.
 *
 * @param field the field
 * @param day the day the decisions were made
 * @param kept decisions whose value was kept
 * @param judged decisions a person kept, changed or rejected
 */
public record AccuracyPoint(TargetField field, LocalDate day, int kept, int judged) {

    /** Returns kept / judged, or 0 when nothing was judged. */
    public double accuracy() {
        return judged == 0 ? 0.0 : (double) kept / judged;
    }
}
