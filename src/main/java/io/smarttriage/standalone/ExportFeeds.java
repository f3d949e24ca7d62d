package io.smarttriage.standalone;

import java.nio.file.Path;

/** Opens an export file as a {@link TicketFeed}. */
final class ExportFeeds {

    private ExportFeeds() {}

    /** Returns a feed over {@code file} read as {@code kind}. */
    static TicketFeed open(Path file, ExportKind kind, String mapping, Progress progress) {
        throw new InputException("--issues " + file + ": reading " + kind.optionName()
                + " exports is not available in this build yet");
    }
}
