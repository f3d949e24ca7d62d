package io.smarttriage.standalone;

import java.util.List;

/**
 * Everything the backtest measured for one field.
 *
 * @param field field name in lower case, e.g. {@code priority}
 * @param trainRows labelled training requests
 * @param testRows labelled test requests triaged
 * @param classes distinct values seen in training
 * @param threshold the confidence threshold the app ships with for this field
 * @param model the classifier's scores
 * @param baselineLabel the majority class of training
 * @param baseline scores of always predicting {@code baselineLabel}
 * @param atThreshold coverage and precision at {@code threshold}
 * @param reliability reliability table of the classifier's confidence
 * @param curve coverage and precision by threshold
 * @param confusion confusion matrix of the classifier
 */
record FieldResult(
        String field,
        int trainRows,
        int testRows,
        int classes,
        double threshold,
        Scores model,
        String baselineLabel,
        Scores baseline,
        CurvePoint atThreshold,
        List<ReliabilityBin> reliability,
        List<CurvePoint> curve,
        ConfusionMatrix confusion) {}
