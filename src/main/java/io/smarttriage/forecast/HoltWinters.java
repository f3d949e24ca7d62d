package io.smarttriage.forecast;

import java.util.Arrays;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Holt-Winters smoothing with a damped additive trend and a weekly season, its four weights fitted
 * by minimising the in-sample one-step absolute error (BOBYQA within fixed bounds); absolute rather
 * than squared error keeps single bursts of requests from dragging the weights.
 */
final class HoltWinters implements VolumeModel {

    private static final double[] LOWER = {0.005, 0.0, 0.0, 0.80};
    private static final double[] UPPER = {0.60, 0.20, 0.50, 0.98};
    private static final double[] START = {0.10, 0.01, 0.05, 0.90};
    private static final int MAX_EVALUATIONS = 2_000;

    private final SeasonMode mode;
    private final int window;

    /**
     * Creates the model.
     *
     * @param mode how the season combines with the level
     * @param window the number of most recent days to fit on; earlier days are ignored
     */
    HoltWinters(SeasonMode mode, int window) {
        if (window < HoltWintersRun.WARM_UP) {
            throw new IllegalArgumentException(
                    "fit window must be at least "
                            + HoltWintersRun.WARM_UP
                            + " days, was "
                            + window);
        }
        this.mode = mode;
        this.window = window;
    }

    @Override
    public FittedModel fit(double[] values, boolean[] skip) {
        return fitBefore(values, skip, values.length);
    }

    /**
     * Chooses the weights on the {@code window} days before {@code cut} and smooths the last {@code
     * window} days of the series with them.
     */
    @Override
    public FittedModel fitBefore(double[] values, boolean[] skip, int cut) {
        if (cut < HoltWintersRun.WARM_UP || cut > values.length) {
            throw new IllegalArgumentException(
                    "parameter cut must be "
                            + HoltWintersRun.WARM_UP
                            + " to "
                            + values.length
                            + " days, was "
                            + cut);
        }
        int from = Math.max(0, cut - window);
        double[] fitY = Arrays.copyOfRange(values, from, cut);
        boolean[] fitSkip = Arrays.copyOfRange(skip, from, cut);
        MultivariateFunction loss =
                p -> run(SmoothingParameters.of(p), fitY, fitSkip).absoluteError();
        SmoothingParameters params = SmoothingParameters.of(optimise(loss));
        int offset = Math.max(0, values.length - window);
        double[] y = Arrays.copyOfRange(values, offset, values.length);
        boolean[] s = Arrays.copyOfRange(skip, offset, values.length);
        return new ShiftedModel(run(params, y, s), offset);
    }

    /**
     * Returns the parameters minimising {@code loss}, or the starting point when the optimiser
     * cannot make progress, which happens when the loss is flat (e.g. a constant series fitted
     * without error by any parameters).
     */
    private static double[] optimise(MultivariateFunction loss) {
        try {
            return new BOBYQAOptimizer(2 * START.length + 1)
                    .optimize(
                            new MaxEval(MAX_EVALUATIONS),
                            new ObjectiveFunction(loss),
                            GoalType.MINIMIZE,
                            new InitialGuess(START),
                            new SimpleBounds(LOWER, UPPER))
                    .getPoint();
        } catch (MathIllegalStateException e) {
            return START.clone();
        }
    }

    private HoltWintersRun run(SmoothingParameters params, double[] y, boolean[] skip) {
        return new HoltWintersRun(params, mode, y, skip);
    }

    @Override
    public String toString() {
        return "HoltWinters[" + mode + ", window=" + window + "]";
    }
}
