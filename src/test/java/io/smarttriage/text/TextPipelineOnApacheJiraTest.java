package io.smarttriage.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.stream.LongStream;
import java.util.stream.Stream;
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
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void givenApacheJiraSample_tokens_everyTicketWithTextHasBoundedTokensAndNoAddress()
            throws IOException {
        assumeTrue(Files.isRegularFile(ISSUES), "skipped: " + ISSUES + " not present");
        List<Ticket> tickets = sample();
        TextPipeline pipeline = new TextPipeline();

        List<List<String>> tokens = timedTokens(pipeline, tickets);

        assertThat(tokens)
                .hasSize(tickets.size())
                .allSatisfy(
                        list ->
                                assertThat(list)
                                        .isNotEmpty()
                                        .hasSizeLessThan(20_000)
                                        .noneMatch(token -> token.contains("@")));
    }

    /** Tokenizes every ticket twice (warm-up, then measured) and logs CPU time per ticket. */
    private static List<List<String>> timedTokens(TextPipeline pipeline, List<Ticket> tickets) {
        tickets.forEach(pipeline::tokens);
        List<List<String>> all = new ArrayList<>();
        long[] cpuNanos = new long[tickets.size()];
        for (int i = 0; i < tickets.size(); i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            all.add(pipeline.tokens(tickets.get(i)));
            cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        logFigures(tickets, all, cpuNanos);
        return all;
    }

    private static void logFigures(
            List<Ticket> tickets, List<List<String>> tokens, long[] cpuNanos) {
        double meanTokens = tokens.stream().mapToInt(List::size).average().orElse(0);
        LOG.info(
                "{} tickets: {} ms CPU per ticket on average, {} tokens per ticket on average",
                tickets.size(),
                millis(LongStream.of(cpuNanos).average().orElse(0)),
                String.format("%.1f", meanTokens));
        LongSummaryStatistics typical = new LongSummaryStatistics();
        long largest = 0;
        int largestLength = 0;
        for (int i = 0; i < tickets.size(); i++) {
            int length = textLength(tickets.get(i));
            if (length >= 1536 && length <= 2560) {
                typical.accept(cpuNanos[i]);
            }
            if (length > largestLength) {
                largestLength = length;
                largest = cpuNanos[i];
            }
        }
        LOG.info(
                "{} tickets of 1.5-2.5 KB: {} ms CPU per ticket on average; largest ({} chars):"
                        + " {} ms CPU",
                typical.getCount(),
                millis(typical.getAverage()),
                largestLength,
                millis(largest));
    }

    private static int textLength(Ticket ticket) {
        return Stream.of(ticket.summary(), ticket.description(), ticket.environment())
                .mapToInt(text -> text == null ? 0 : text.length())
                .sum();
    }

    private static String millis(double nanos) {
        return String.format("%.3f", nanos / 1e6);
    }

    private static List<Ticket> sample() throws IOException {
        List<Ticket> tickets = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(ISSUES, StandardCharsets.UTF_8)) {
            CSVFormat format =
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
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
