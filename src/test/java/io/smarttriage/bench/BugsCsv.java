package io.smarttriage.bench;

import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Minimal reader of the apache-jira-bugs export, for evaluation harnesses only. */
public final class BugsCsv {
    /** Where the shared data lives, relative to the repository root. */
    public static final Path ISSUES = Path.of("../shared/data/apache-jira-bugs/issues.csv");

    private static final DateTimeFormatter JIRA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private BugsCsv() {}

    /** Reads every row of the export into tickets. */
    public static List<Ticket> read(Path file) throws IOException {
        List<Ticket> tickets = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                tickets.add(ticket(row));
            }
        }
        return tickets;
    }

    private static Ticket ticket(CSVRecord row) {
        return Ticket.builder(row.get("key"), time(row, "created"))
                .project(row.get("project")).resolved(time(row, "resolved"))
                .summary(row.get("summary")).description(row.get("description"))
                .environment(row.get("environment")).reporter(blankToNull(row.get("reporter")))
                .assignee(blankToNull(row.get("assignee"))).priority(row.get("priority"))
                .components(list(row.get("components"))).labels(list(row.get("labels")))
                .affectsVersions(list(row.get("affects_versions"))).build();
    }

    private static Instant time(CSVRecord row, String column) {
        String text = row.get(column);
        if (text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, JIRA_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("row " + row.getRecordNumber() + ", column '"
                    + column + "': '" + text + "' is not a time like 2016-01-01T00:00:00.000+0000",
                    e);
        }
    }

    private static List<String> list(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.split("\\|"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
