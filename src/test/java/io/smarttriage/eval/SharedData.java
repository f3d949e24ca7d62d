package io.smarttriage.eval;

import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Minimal reader of the evaluation files in {@code ../shared/data}, for tests and benchmarks only
 * until the ingest readers are available.
 */
public final class SharedData {
    /** The shared data folder relative to the repository root. */
    public static final Path ROOT = Path.of("..", "shared", "data");
    static final Path CAT_FILE =
            ROOT.resolve("it-service-tickets/all_tickets_processed_improved_v3.csv");
    static final Path BUGS_FILE = ROOT.resolve("apache-jira-bugs/issues.csv");
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private SharedData() {}

    /** Returns whether the shared evaluation files are present. */
    public static boolean present() {
        return Files.isRegularFile(CAT_FILE) && Files.isRegularFile(BUGS_FILE);
    }

    /** Reads the category tickets in file order; the document text becomes the description. */
    public static List<Ticket> categoryTickets() throws IOException {
        List<Ticket> tickets = new ArrayList<>();
        for (CSVRecord row : records(CAT_FILE)) {
            tickets.add(Ticket.builder("CAT-" + row.getRecordNumber(), null)
                    .description(row.get("Document")).category(row.get("Topic_group")).build());
        }
        return tickets;
    }

    /** Reads the Apache bug reports in file order. */
    public static List<Ticket> bugTickets() throws IOException {
        List<Ticket> tickets = new ArrayList<>();
        for (CSVRecord row : records(BUGS_FILE)) {
            Instant created = OffsetDateTime.parse(row.get("created"), CREATED).toInstant();
            tickets.add(Ticket.builder(row.get("key"), created).project(row.get("project"))
                    .summary(row.get("summary")).description(row.get("description"))
                    .environment(row.get("environment")).reporter(row.get("reporter"))
                    .assignee(row.get("assignee")).priority(row.get("priority"))
                    .components(split(row.get("components"))).labels(split(row.get("labels")))
                    .affectsVersions(split(row.get("affects_versions"))).build());
        }
        return tickets;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        }
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }
}
