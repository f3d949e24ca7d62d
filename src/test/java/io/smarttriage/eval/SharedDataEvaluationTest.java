package io.smarttriage.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.ingest.IngestException;
import io.smarttriage.model.TrainingOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs CAT, PRI and CMP of EVALUATION.md on {@code ../shared/data} and fails when a primary figure
 * falls clearly (0.03) below its target. Skipped when the folder is absent.
 */
class SharedDataEvaluationTest {
    private static final Logger log = LoggerFactory.getLogger(SharedDataEvaluationTest.class);
    private static final double MARGIN = 0.03;

    @BeforeEach
    void requireSharedData() {
        Assumptions.assumeTrue(
                SharedData.present(),
                "skipped: "
                        + SharedData.ROOT.toAbsolutePath()
                        + " is absent, so the CAT/PRI/CMP evaluation cannot run");
    }

    @Test
    void givenItServiceTickets_catTask_reachesMacroF1Target() throws IngestException {
        EvaluationTask.Split split = EvaluationTask.CAT.load();

        TaskReport report =
                TaskEvaluator.run(
                        EvaluationTask.CAT,
                        split,
                        TrainingOptions.defaults(EvaluationTask.CAT.field()));

        log.info("{}", report.summary());
        assertThat(report.macroF1()).isGreaterThan(0.87 - MARGIN);
        assertThat(report.reliability().expectedCalibrationError()).isLessThan(0.05);
    }

    @Test
    void givenApacheBugs_priTask_reachesMacroF1TargetAndBeatsMajorityOnUrgent()
            throws IngestException {
        EvaluationTask.Split split = EvaluationTask.PRI.load();

        TaskReport report =
                TaskEvaluator.run(
                        EvaluationTask.PRI,
                        split,
                        TrainingOptions.defaults(EvaluationTask.PRI.field()));

        log.info("{}", report.summary());
        assertThat(report.macroF1()).isGreaterThan(0.36 - MARGIN);
        assertThat(report.urgentRecall())
                .isGreaterThan(report.majority().recallOf(TaskEvaluator.URGENT));
    }

    @Test
    void givenApacheBugs_cmpTask_reachesTopOneTarget() throws IngestException {
        EvaluationTask.Split split = EvaluationTask.CMP.load();

        TaskReport report =
                TaskEvaluator.run(
                        EvaluationTask.CMP,
                        split,
                        TrainingOptions.defaults(EvaluationTask.CMP.field()));

        log.info("{}", report.summary());
        assertThat(report.accuracy()).isGreaterThan(0.40 - MARGIN);
        assertThat(report.top3()).isGreaterThan(report.accuracy());
    }
}
