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

    /**
     * Fits the model like {@link #fit} but chooses its parameters from the days before {@code cut}
     * only, so that forecasts from origins at or after {@code cut} are out of sample.
     *
     * @param values daily counts
     * @param skip true for days to leave out of the fit (holidays)
     * @param cut first day not used to choose parameters, at most {@code values.length}
     * @return the fitted model, addressed like the one {@link #fit} returns
     */
    FittedModel fitBefore(double[] values, boolean[] skip, int cut);
}
