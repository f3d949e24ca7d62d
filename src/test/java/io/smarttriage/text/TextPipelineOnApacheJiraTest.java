package io.smarttriage.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the pipeline over real Apache Jira bugs when ../shared/data is present. */
class TextPipelineOnApacheJiraTest {

    private static final Logger LOG = LoggerFactory.getLogger(TextPipelineOnApacheJiraTest.class);
    private static final Path ISSUES = Path.of("../shared/data/apache-jira-bugs/issues.csv");
    private static final int STRIDE = 10;
    private static final int SAMPLE = 3500;

    @Test
    void givenApacheJiraSample_tokens_everyTicketWithTextHasBoundedTokensAndNoAddress()
            throws IOException {
        assumeTrue(Files.isRegularFile(ISSUES), "skipped: " + ISSUES + " not present");
        List<Ticket> tickets = sample();
        TextPipeline pipeline = new TextPipeline();

        List<List<String>> tokens = timedTokens(pipeline, tickets);

        assertThat(tokens).hasSize(tickets.size())
                .allSatisfy(list -> assertThat(list).isNotEmpty().hasSizeLessThan(20_000)
                        .noneMatch(token -> token.contains("@")));
    }

    private static List<List<String>> timedTokens(TextPipeline pipeline, List<Ticket> tickets) {
        tickets.forEach(pipeline::tokens);
        long start = System.nanoTime();
        List<List<String>> all = new ArrayList<>();
        tickets.forEach(ticket -> all.add(pipeline.tokens(ticket)));
        double ms = (System.nanoTime() - start) / 1e6;
        double meanTokens = all.stream().mapToInt(List::size).average().orElse(0);
        LOG.info("{} tickets: {} ms per ticket, {} tokens per ticket on average",
                tickets.size(), String.format("%.3f", ms / tickets.size()),
                String.format("%.1f", meanTokens));
        return all;
    }

    private static List<Ticket> sample() throws IOException {
        List<Ticket> tickets = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(ISSUES, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                if (row.getRecordNumber() % STRIDE == 0 && tickets.size() < SAMPLE) {
                    tickets.add(ticket(row));
                }
            }
        }
        return tickets;
    }

    private static Ticket ticket(CSVRecord row) {
        return Ticket.builder(row.get("key"), null)
                .project(row.get("project"))
                .summary(row.get("summary"))
                .description(row.get("description"))
                .environment(row.get("environment"))
                .components(split(row.get("components")))
                .labels(split(row.get("labels")))
                .affectsVersions(split(row.get("affects_versions")))
                .build();
    }

    private static List<String> split(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\|"));
    }
}
