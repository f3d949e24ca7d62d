package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backtest command on the shared it-service-tickets export, when that data is present. */
class SharedDataBacktestTest {

    private static final Path TICKETS =
            Path.of(
                    "..",
                    "shared",
                    "data",
                    "it-service-tickets",
                    "all_tickets_processed_improved_v3.csv");

    @TempDir Path directory;

    @Test
    void givenItServiceTickets_backtest_holdsOutEveryFifthRowAndBeatsTheBaseline()
            throws IOException {
        assumeTrue(Files.exists(TICKETS), "skipped: " + TICKETS + " is absent");
        String[] args = {
            "backtest",
            "--issues",
            TICKETS.toString(),
            "--mapping",
            "it-service-tickets",
            "--out",
            directory.toString()
        };

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("every fifth row").contains("Skipped priority");
        JsonNode result = new ObjectMapper().readTree(directory.resolve("result.json").toFile());
        assertThat(result.path("split").path("testRows").asInt()).isEqualTo(9_568);
        JsonNode category = result.path("fields").get(0);
        assertThat(category.path("baseline").path("accuracy").asDouble()).isBetween(0.285, 0.287);
        assertThat(category.path("model").path("macroF1").asDouble())
                .isGreaterThan(category.path("baseline").path("macroF1").asDouble() + 0.5);
    }
}
