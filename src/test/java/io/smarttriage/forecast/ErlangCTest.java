package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Erlang C against values worked by hand from the textbook formula {@code C(N, A) = (A^N / N! * N /
 * (N - A)) / (sum_{k<N} A^k / k! + A^N / N! * N / (N - A))}.
 */
class ErlangCTest {

    @Test
    void givenTwoErlangsOnThreeAgents_waitProbability_isFourNinths() {
        // A^3/3! * 3/(3-2) = 8/6 * 3 = 4; sum_{k<3} 2^k/k! = 1 + 2 + 2 = 5; C = 4 / 9
        double load = 2.0;

        double probability = ErlangC.waitProbability(3, load);

        assertThat(probability).isCloseTo(4.0 / 9.0, within(1e-12));
    }

    @Test
    void givenOneErlangOnTwoAgents_waitProbability_isOneThird() {
        // A^2/2! * 2/(2-1) = 1; sum_{k<2} = 1 + 1 = 2; C = 1 / 3
        double load = 1.0;

        double probability = ErlangC.waitProbability(2, load);

        assertThat(probability).isCloseTo(1.0 / 3.0, within(1e-12));
    }

    @Test
    void givenTwoErlangsOnThreeAgents_serviceLevelWithinThirdOfHandlingTime_matchesFormula() {
        // SL = 1 - C e^{-(N-A) t/h} = 1 - 4/9 * e^{-1/3} = 0.681538...
        double handlingTime = 1.0;

        double level = ErlangC.serviceLevel(3, 2.0, 1.0 / 3.0, handlingTime);

        assertThat(level).isCloseTo(1 - 4.0 / 9.0 * Math.exp(-1.0 / 3.0), within(1e-12));
    }

    @Test
    void givenTwoErlangs_agentsForEightyPercentWithinThird_isFour() {
        // N=3: SL = 0.6815 < 0.8. N=4: C = (16/24*2) / (1+2+2+4/3+4/3) = 0.173913,
        // SL = 1 - 0.173913 e^{-2/3} = 0.9107 >= 0.8
        double load = 2.0;

        int agents = ErlangC.agentsFor(load, 1.0 / 3.0, 1.0, 0.8);

        assertThat(agents).isEqualTo(4);
    }

    @Test
    void givenTwoErlangsOnThreeAgents_averageWait_isCOverSpareCapacity() {
        // ASA = C h / (N - A) = (4/9) * 1 / 1
        double handlingTime = 1.0;

        double wait = ErlangC.averageWait(3, 2.0, handlingTime);

        assertThat(wait).isCloseTo(4.0 / 9.0, within(1e-12));
    }

    @Test
    void givenLoadAtCapacity_waitProbability_isCertain() {
        double load = 3.0;

        double probability = ErlangC.waitProbability(3, load);

        assertThat(probability).isEqualTo(1.0);
    }

    @Test
    void givenNoLoad_agentsFor_isZero() {
        double load = 0.0;

        int agents = ErlangC.agentsFor(load, 1.0, 1.0, 0.8);

        assertThat(agents).isZero();
    }

    @Test
    void givenNegativeLoad_waitProbability_namesValue() {
        double load = -1.0;

        Throwable thrown =
                org.assertj.core.api.Assertions.catchThrowable(
                        () -> ErlangC.waitProbability(2, load));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offered load")
                .hasMessageContaining("-1.0");
    }
}
