package io.smarttriage.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** An open CSV export: strict UTF-8, header read, records streamed one at a time. */
final class CsvInput implements Closeable {
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final char BOM = '\uFEFF';
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    private final String name;
    private final StreamOpener opener;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvHeader header;

    private CsvInput(String name, StreamOpener opener, CSVParser parser) throws IngestException {
        this.name = name;
        this.opener = opener;
        this.parser = parser;
        this.records = parser.iterator();
        if (!hasNext()) {
            throw new IngestException("'" + name + "' is empty: it has no header row");
        }
        this.header = new CsvHeader(next());
    }

    /** Opens the export after checking that it is non-empty text. */
    static CsvInput open(StreamOpener opener, String name) throws IngestException {
        TextSniffer.requireText(opener, name);
        Reader reader = null;
        try {
            reader = utf8(opener);
            return new CsvInput(name, opener, FORMAT.parse(reader));
        } catch (CharacterCodingException e) {
            closeQuietly(reader);
            throw notUtf8(name, opener, e);
        } catch (IOException e) {
            closeQuietly(reader);
            throw new IngestException("'" + name + "' cannot be read: " + e.getMessage(), e);
        } catch (IngestException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    CsvHeader header() {
        return header;
    }

    /** Whether another record follows. */
    boolean hasNext() throws IngestException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw broken(e);
        }
    }

    /** Returns the next record. */
    CSVRecord next() throws IngestException {
        try {
            return records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw broken(e);
        }
    }

    private IngestException broken(RuntimeException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof CharacterCodingException) {
            return notUtf8(name, opener, e);
        }
        String detail = String.valueOf(cause.getMessage());
        Matcher start = START_LINE.matcher(detail);
        Long startLine = start.find() ? Long.valueOf(start.group(1)) : null;
        return new IngestException(
                "'"
                        + name
                        + "' is not valid CSV at data row "
                        + row()
                        + where(startLine)
                        + ": "
                        + CsvProblem.describe(detail),
                e);
    }

    private static IngestException notUtf8(String name, StreamOpener opener, Exception e) {
        String where = Utf8Locator.locate(opener);
        return new IngestException(
                "'"
                        + name
                        + "' is not UTF-8 text"
                        + (where == null ? "" : " at " + where)
                        + "; save the export as UTF-8",
                e);
    }

    /** The data row being read: the parser counts the header as its first record. */
    private long row() {
        return parser.getRecordNumber();
    }

    private String where(Long startLine) {
        if (startLine != null) {
            return ", which starts on line " + startLine;
        }
        return ", near line " + (parser.getCurrentLineNumber() + 1);
    }

    private static Reader utf8(StreamOpener opener) throws IOException {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(opener.open(), decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    private static void closeQuietly(Reader reader) {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            // the open failure is what the caller reports
        }
    }

    /** Closes the input after the caller refused its header; the refusal is what counts. */
    void closeAfterRefusal() {
        try {
            close();
        } catch (IOException e) {
            // the caller reports the refusal, not this
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
