package io.smarttriage.standalone;

import io.smarttriage.demo.DemoDataGenerator;
import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes generated demo requests as a small Jira CSV export, for command-line tests. */
final class GeneratedExport {

    private static final DateTimeFormatter DATES =
            DateTimeFormatter.ofPattern("dd/MMM/yy HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final List<Ticket> tickets;

    GeneratedExport(long seed, int rows) {
        tickets = new DemoDataGenerator(seed).generate(rows);
    }

    /** Returns the assignee with the most requests (first by name on a tie). */
    String busiestAgent() {
        Map<String, Long> counts =
                tickets.stream()
                        .collect(Collectors.groupingBy(Ticket::assignee, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    /** Writes the requests to {@code file} as Jira CSV and returns the file. */
    Path writeTo(Path file) throws IOException {
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "Issue key",
                                "Summary",
                                "Description",
                                "Created",
                                "Resolved",
                                "Assignee",
                                "Priority")
                        .build();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (Ticket t : tickets) {
                printer.printRecord(row(t));
            }
        }
        return file;
    }

    private static List<String> row(Ticket t) {
        Function<Instant, String> date = instant -> instant == null ? "" : DATES.format(instant);
        return List.of(
                t.key(),
                t.summary(),
                t.description() == null ? "" : t.description(),
                date.apply(t.created()),
                date.apply(t.resolved()),
                t.assignee(),
                t.priority());
    }
}
