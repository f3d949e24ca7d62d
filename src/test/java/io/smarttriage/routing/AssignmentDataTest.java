package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.bench.BugsCsv;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AssignmentDataTest {
    @Test
    void givenSharedBugsExport_whenEvaluated_thenSplitMatchesProtocolAndOnlineReachesTarget()
            throws Exception {
        Assumptions.assumeTrue(
                Files.exists(BugsCsv.ISSUES), "skipped: " + BugsCsv.ISSUES + " is absent");
        var tickets = BugsCsv.read(BugsCsv.ISSUES);

        EvaluationReport report =
                new AssignmentEvaluation(ExpertiseSettings.defaults(), new PipelineTokens(), 0.5)
                        .run(tickets, Instant.parse("2016-01-01T00:00:00Z"));

        assertThat(report.laterRows()).isEqualTo(7294);
        assertThat(report.fixed().rows()).isEqualTo(5293);
        assertThat(report.fixed().top5()).isGreaterThanOrEqualTo(0.36);
        assertThat(report.online().top5()).isGreaterThanOrEqualTo(0.36);
    }
}
