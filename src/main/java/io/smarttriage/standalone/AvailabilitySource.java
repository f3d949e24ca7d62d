package io.smarttriage.standalone;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smarttriage.routing.AvailabilityBook;
import io.smarttriage.routing.AvailabilityFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The agent availability a replay runs with, and where it came from.
 *
 * @param book each agent's schedule, absences and pause switch
 * @param description the file it was read from, or a note that every agent is always available
 */
record AvailabilitySource(AvailabilityBook book, String description) {

    static final String ALWAYS = "none given: every agent available around the clock";

    /** Returns availability in which every agent works around the clock. */
    static AvailabilitySource always() {
        return new AvailabilitySource(AvailabilityBook.alwaysAvailable(), ALWAYS);
    }

    /** Reads an availability file; errors name the file and, for bad entries, agent and field. */
    static AvailabilitySource read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(
                    "--availability " + file + ": the file does not exist or is not a file");
        }
        try {
            return new AvailabilitySource(AvailabilityFile.read(file), file.toString());
        } catch (IOException e) {
            throw new InputException(
                    "--availability " + file + ": not readable as JSON (" + problem(e) + ")", e);
        } catch (IllegalArgumentException e) {
            throw new InputException("--availability " + e.getMessage(), e);
        }
    }

    /** The parser's own words and where, without the source text Jackson quotes. */
    private static String problem(IOException e) {
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String where =
                    at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String words = json.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[");
            return words.replaceAll("\\s+", " ") + where;
        }
        return String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
    }
}
