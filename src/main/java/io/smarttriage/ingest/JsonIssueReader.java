package io.smarttriage.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Streams the issue objects of one Jira REST JSON file, holding one issue in memory at a time.
 *
 * <p>Accepts a search response ({@code {"issues": [...]}}), an array of issues or one issue.
 */
final class JsonIssueReader {
    /** Longest single string accepted, in characters: large pasted logs must fit. */
    private static final int MAX_STRING_LENGTH = 100_000_000;

    private static final ObjectMapper MAPPER =
            new ObjectMapper(
                    JsonFactory.builder()
                            .streamReadConstraints(
                                    StreamReadConstraints.builder()
                                            .maxStringLength(MAX_STRING_LENGTH)
                                            .build())
                            .build());

    /** Receives each issue value in file order. */
    @FunctionalInterface
    interface IssueHandler {
        void accept(JsonNode issue) throws IngestException;
    }

    /** The parser's own location text inside its message, such as a start marker's. */
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private static final Pattern LONG_QUOTE = Pattern.compile("'[^']{11,}'");

    private final String name;

    JsonIssueReader(String name) {
        this.name = name;
    }

    /** Reads the stream to its end, passing each issue value to {@code handler}. */
    void read(InputStream in, IssueHandler handler) throws IngestException {
        try (JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readArray(parser, handler);
            } else if (first == JsonToken.START_OBJECT) {
                readObject(parser, handler);
            } else {
                throw notJira("it starts with " + first + " instead of an object or array");
            }
        } catch (StreamReadException e) {
            throw new IngestException(
                    "'"
                            + name
                            + "' is not valid JSON at line "
                            + e.getLocation().getLineNr()
                            + ", column "
                            + e.getLocation().getColumnNr()
                            + ": "
                            + firstLine(e.getOriginalMessage()),
                    e);
        } catch (IOException e) {
            throw new IngestException("'" + name + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private void readArray(JsonParser parser, IssueHandler handler)
            throws IOException, IngestException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode issue = MAPPER.readTree(parser);
            handler.accept(issue == null ? NullNode.getInstance() : issue);
        }
    }

    private void readObject(JsonParser parser, IssueHandler handler)
            throws IOException, IngestException {
        ObjectNode other = MAPPER.createObjectNode();
        boolean sawIssues = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY && "issues".equals(field)) {
                readArray(parser, handler);
                sawIssues = true;
            } else {
                other.set(field, MAPPER.readTree(parser));
            }
        }
        if (!sawIssues && !other.has("fields")) {
            throw notJira("its top object has neither an 'issues' array nor issue 'fields'");
        }
        if (!sawIssues) {
            handler.accept(other);
        }
    }

    private IngestException notJira(String reason) {
        return new IngestException("'" + name + "' is not Jira REST JSON: " + reason);
    }

    /** The parser's message up to its first line break, quoted text longer than a token cut. */
    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        String located = SOURCE_LOCATION.matcher(line).replaceAll("line $1, column $2");
        return LONG_QUOTE.matcher(located).replaceAll("'...'");
    }
}
