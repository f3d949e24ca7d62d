package io.smarttriage.forecast;

/** A model fitted on the tail of a series, addressed with indices of the whole series. */
record ShiftedModel(FittedModel inner, int offset) implements FittedModel {

    @Override
    public int size() {
        return inner.size() + offset;
    }

    @Override
    public double[] forecastFrom(int origin, int horizon) {
        if (origin <= offset) {
            throw new IllegalArgumentException(
                    "forecast origin " + origin + " must be after the fit window start " + offset);
        }
        return inner.forecastFrom(origin - offset, horizon);
    }
}
