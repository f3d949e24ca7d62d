package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo end to end on a small generated set: console tables, JSON result and HTML report. */
class DemoCommandTest {

    @TempDir Path directory;

    @Test
    void givenSmallGeneratedSet_demo_saysDataIsGeneratedAndPrintsEveryField() {
        String out = directory.toString();

        CliRun run = CliRun.of("demo", "--rows", "400", "--out", out);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("GENERATED data")
                .contains("category:")
                .contains("component:")
                .contains("priority:")
                .contains("urgent recall")
                .contains("majority baseline");
    }

    @Test
    void givenSmallGeneratedSet_demo_writesJsonWithScoresOfEveryField() throws IOException {
        CliRun.of("demo", "--rows", "400", "--out", directory.toString());

        JsonNode result = new ObjectMapper().readTree(directory.resolve("result.json").toFile());

        assertThat(result.path("dataset").path("generated").asBoolean()).isTrue();
        assertThat(fieldNames(result)).containsExactly("category", "component", "priority");
        assertThat(result.path("assignment").path("online").path("top5").asDouble())
                .isGreaterThan(result.path("assignment").path("baseline").path("top5").asDouble());
        for (JsonNode field : result.path("fields")) {
            assertThat(field.path("model").path("accuracy").isNumber()).isTrue();
            assertThat(field.path("model").path("accuracy").asDouble())
                    .isBetween(0.0, 1.0)
                    .isGreaterThan(field.path("baseline").path("accuracy").asDouble());
            assertThat(field.path("atThreshold").path("coverage").asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void givenSmallGeneratedSet_demo_writesSelfContainedHtmlReport() throws IOException {
        CliRun.of("demo", "--rows", "400", "--out", directory.toString());

        String html = Files.readString(directory.resolve("report.html"));

        assertThat(html)
                .contains(
                        "id=\"field-category\"",
                        "id=\"field-component\"",
                        "id=\"field-priority\"",
                        "id=\"field-assignee\"",
                        "id=\"generated-notice\"",
                        "<svg",
                        "Macro-F1");
        assertThat(html).doesNotContain("<script", "http", "$text", "$field", "$num");
        assertThat(html).containsPattern("<td class=\"num\">0\\.\\d{3}</td>");
    }

    @Test
    void givenOnlyPriorityRequested_demo_measuresOnlyPriority() throws IOException {
        CliRun.of("demo", "--rows", "300", "--fields", "PRIORITY", "--out", directory.toString());

        JsonNode result = new ObjectMapper().readTree(directory.resolve("result.json").toFile());

        assertThat(fieldNames(result)).containsExactly("priority");
    }

    private static List<String> fieldNames(JsonNode result) {
        List<String> names = new ArrayList<>();
        result.path("fields").forEach(field -> names.add(field.path("field").asText()));
        return names;
    }
}
