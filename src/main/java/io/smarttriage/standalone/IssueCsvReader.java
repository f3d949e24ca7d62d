package io.smarttriage.standalone;

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

/**
 * Reads the time fields of a Jira issue export in CSV ({@code key}, {@code project},
 * {@code created}, {@code resolved}, {@code components}), enough for volume forecasting and
 * handling times; text fields are not kept.
 */
final class IssueCsvReader {

    /** Jira REST time stamps such as {@code 2014-01-01T09:30:00.000+0000}. */
    static final DateTimeFormatter JIRA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    private IssueCsvReader() {}

    /** Reads every row of {@code file} into a ticket with key, project, times and components. */
    static List<Ticket> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Ticket> tickets = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                tickets.add(ticket(row));
            }
        }
        return tickets;
    }

    private static Ticket ticket(CSVRecord row) {
        String components = row.get("components");
        return Ticket.builder(row.get("key"), time(row, "created"))
                .project(row.get("project"))
                .resolved(row.get("resolved").isBlank() ? null : time(row, "resolved"))
                .components(components.isBlank() ? List.of() : Arrays.asList(components.split("\\|")))
                .build();
    }

    private static Instant time(CSVRecord row, String column) {
        String value = row.get(column);
        try {
            return OffsetDateTime.parse(value, JIRA_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("row " + row.getRecordNumber() + ", column '"
                    + column + "': '" + value + "' is not a time in pattern "
                    + "yyyy-MM-dd'T'HH:mm:ss.SSSxx", e);
        }
    }
}
