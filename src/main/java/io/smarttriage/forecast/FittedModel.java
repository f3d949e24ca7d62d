package io.smarttriage.forecast;

/** A point-forecast model fitted to one series, able to forecast from any past day. */
interface FittedModel {

    /** Returns the number of days the model was fitted on. */
    int size();

    /**
     * Forecasts days {@code origin} to {@code origin + horizon - 1} from the data before {@code
     * origin} with the fitted parameters, without refitting.
     *
     * @param origin first forecast day, from 1 to {@link #size()}
     * @param horizon number of days
     * @return one expected count per day
     */
    double[] forecastFrom(int origin, int horizon);
}
