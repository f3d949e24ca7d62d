package io.smarttriage.forecast;

/** A way to fit a point-forecast model of daily counts. */
interface VolumeModel {

    /**
     * Fits the model.
     *
     * @param values daily counts
     * @param skip true for days to leave out of the fit (holidays)
     * @return the fitted model
     */
    FittedModel fit(double[] values, boolean[] skip);
}
