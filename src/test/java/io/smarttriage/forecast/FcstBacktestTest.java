package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Task FCST of the evaluation protocol on the Apache Jira bug export, when present. */
class FcstBacktestTest {

    private static final Logger LOG = LoggerFactory.getLogger(FcstBacktestTest.class);
    private static final Path ISSUES = Path.of("../shared/data/apache-jira-bugs/issues.csv");
    private static final double PUBLISHED_NAIVE_MAE = 4.263;
    private static final double FAIL_ABOVE_MASE = 0.75;

    private static DailySeries series;

    @BeforeAll
    static void loadSeries() throws IOException {
        assumeTrue(
                Files.isRegularFile(ISSUES),
                "FCST data absent at " + ISSUES.toAbsolutePath() + ", backtest skipped");
        series =
                DailyCounts.count(
                        CreatedColumn.read(ISSUES),
                        ZoneOffset.UTC,
                        LocalDate.of(2014, 1, 1),
                        LocalDate.of(2018, 6, 30));
    }

    @Test
    void givenFcstSeries_seasonalNaiveError_matchesPublishedScale() {
        LocalDate from = LocalDate.of(2014, 1, 1);

        double mae = Backtest.seasonalNaiveMae(series, from, LocalDate.of(2017, 12, 31));

        assertThat(mae).isCloseTo(PUBLISHED_NAIVE_MAE, org.assertj.core.data.Offset.offset(5e-4));
    }

    @Test
    void givenFcstSeries_backtest_beatsThreshold() {
        VolumeForecaster forecaster = new VolumeForecaster(ForecastSettings.defaults(yearEnd()));
        Backtest backtest = new Backtest(LocalDate.of(2018, 1, 1), 7, 14);

        BacktestResult result = backtest.run(series, forecaster, PUBLISHED_NAIVE_MAE);

        LOG.info(
                "FCST: origins {} days {} MAE {} MASE {} coverage80 {} coverage95 {} width80 {}"
                        + " width95 {}",
                result.origins(),
                result.days(),
                result.mae(),
                result.mase(),
                result.coverage80(),
                result.coverage95(),
                result.width80(),
                result.width95());
        assertThat(result.days()).isEqualTo(24 * 14);
        assertThat(result.mase()).isLessThanOrEqualTo(FAIL_ABOVE_MASE);
    }

    private static HolidayCalendar yearEnd() {
        List<MonthDay> days =
                List.of(
                        MonthDay.of(1, 1),
                        MonthDay.of(12, 24),
                        MonthDay.of(12, 25),
                        MonthDay.of(12, 26),
                        MonthDay.of(12, 31));
        return HolidayCalendar.yearly(days, 2004, 2030);
    }
}
