package io.smarttriage.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Opens a fresh byte stream over an export each time it is called. */
@FunctionalInterface
interface StreamOpener {

    /** Opens the stream; the caller closes it. */
    InputStream open() throws IOException;
}
