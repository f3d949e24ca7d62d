package io.smarttriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smarttriage.domain.Ticket;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads Jira REST JSON: one file, or every {@code .json} file of a folder in name order. */
final class JiraJsonSource implements TicketSource {
    private final String name;
    private final List<JsonFile> files;
    private final IngestOptions options;

    /** One JSON file to read: its name for messages and how to open it. */
    record JsonFile(String name, StreamOpener opener) {}

    JiraJsonSource(String name, List<JsonFile> files, IngestOptions options) {
        this.name = name;
        this.files = List.copyOf(files);
        this.options = options;
    }

    /** A source for {@code path}, a JSON file or a folder of them. */
    static TicketSource of(Path path, IngestOptions options) throws IngestException {
        if (!Files.isDirectory(path)) {
            return new JiraJsonSource(path.toString(), List.of(file(path)), options);
        }
        try (Stream<Path> listing = Files.list(path)) {
            List<JsonFile> files =
                    listing.filter(JiraJsonSource::isJsonFile)
                            .sorted()
                            .map(JiraJsonSource::file)
                            .toList();
            if (files.isEmpty()) {
                throw new IngestException("folder '" + path + "' has no .json files");
            }
            return new JiraJsonSource(path.toString(), files, options);
        } catch (IOException e) {
            throw new IngestException("folder '" + path + "' cannot be listed: " + e, e);
        }
    }

    /** A source for several JSON files, read in the given order. */
    static TicketSource of(List<Path> paths, IngestOptions options) {
        List<JsonFile> files = paths.stream().map(JiraJsonSource::file).toList();
        String name = paths.size() == 1 ? paths.get(0).toString() : paths.size() + " JSON files";
        return new JiraJsonSource(name, files, options);
    }

    @Override
    public IngestSummary read(Consumer<Ticket> sink) throws IngestException {
        IngestTally tally = new IngestTally(name, options.maxErrors());
        JiraIssueMapper mapper = new JiraIssueMapper(dates(), options.categoryField());
        for (JsonFile file : files) {
            readFile(file, issue -> accept(issue, file, mapper, tally, sink));
        }
        return tally.summary();
    }

    private static void readFile(JsonFile file, JsonIssueReader.IssueHandler handler)
            throws IngestException {
        TextSniffer.requireText(file.opener(), file.name());
        boolean[] first = {true};
        try (InputStream in = file.opener().open()) {
            new JsonIssueReader(file.name())
                    .read(
                            in,
                            issue -> {
                                if (first[0] && !issue.has("fields")) {
                                    throw new IngestException(
                                            "'"
                                                    + file.name()
                                                    + "' is not Jira REST JSON: "
                                                    + "its first element is not an issue "
                                                    + "object with 'fields'");
                                }
                                first[0] = false;
                                handler.accept(issue);
                            });
        } catch (IOException e) {
            throw new IngestException("'" + file.name() + "' cannot be read: " + e, e);
        }
    }

    private void accept(
            JsonNode issue,
            JsonFile file,
            JiraIssueMapper mapper,
            IngestTally tally,
            Consumer<Ticket> sink) {
        long row = tally.rows() + 1;
        try {
            Ticket ticket = mapper.map(issue);
            RowError repeated = tally.use(ticket, row);
            if (repeated != null) {
                tally.rejected(inFile(repeated, file));
                return;
            }
            sink.accept(ticket);
        } catch (BadValueException e) {
            tally.rejected(inFile(e.toRowError(row), file));
        }
    }

    private RowError inFile(RowError error, JsonFile file) {
        return files.size() == 1
                ? error
                : new RowError(
                        error.row(),
                        error.column(),
                        error.reason() + " (in '" + file.name() + "')");
    }

    private DateReader dates() {
        List<String> patterns =
                options.datePattern() == null ? List.of() : List.of(options.datePattern());
        return new DateReader(patterns, options.zone() != null ? options.zone() : ZoneOffset.UTC);
    }

    private static boolean isJsonFile(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json");
    }

    private static JsonFile file(Path path) {
        return new JsonFile(path.toString(), () -> Files.newInputStream(path));
    }
}
