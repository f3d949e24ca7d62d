package io.smarttriage.forecast;

/**
 * Accuracy of a rolling-origin backtest.
 *
 * @param origins number of forecast origins
 * @param days number of forecast days scored
 * @param mae mean absolute error per day
 * @param mase {@code mae} divided by the in-sample seasonal-naive error
 * @param coverage80 share of actual days inside the 80% interval
 * @param coverage95 share of actual days inside the 95% interval
 * @param width80 mean width of the 80% interval
 * @param width95 mean width of the 95% interval
 */
public record BacktestResult(
        int origins,
        int days,
        double mae,
        double mase,
        double coverage80,
        double coverage95,
        double width80,
        double width95) {}
