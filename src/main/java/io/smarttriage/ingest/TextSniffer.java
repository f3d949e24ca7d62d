package io.smarttriage.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Looks at the first bytes of an export to refuse empty and binary files early. */
final class TextSniffer {
    private static final int SAMPLE = 8192;

    private TextSniffer() {}

    /**
     * Checks that the stream starts with text.
     *
     * @throws IngestException when the stream is empty or its first bytes hold control bytes that
     *     no text export contains (NUL and the like), as in archives and images
     */
    static void requireText(StreamOpener opener, String name) throws IngestException {
        byte[] sample;
        try (InputStream in = opener.open()) {
            sample = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw new IngestException("'" + name + "' cannot be read: " + e.getMessage(), e);
        }
        if (sample.length == 0) {
            throw new IngestException("'" + name + "' is empty");
        }
        for (int i = 0; i < sample.length; i++) {
            if (isBinary(sample[i])) {
                throw new IngestException(
                        String.format(
                                "'%s' is binary, not text: byte %d is 0x%02x", name, i, sample[i]));
            }
        }
    }

    private static boolean isBinary(byte b) {
        return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
    }
}
