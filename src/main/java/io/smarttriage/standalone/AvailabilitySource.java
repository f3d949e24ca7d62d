package io.smarttriage.standalone;

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
                    "--availability "
                            + file
                            + ": not readable as JSON ("
                            + e.getMessage().replaceAll("\\s+", " ")
                            + ")",
                    e);
        } catch (IllegalArgumentException e) {
            throw new InputException("--availability " + e.getMessage(), e);
        }
    }
}
