package io.smarttriage.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A CSV export produced row by row on demand, counting the bytes handed out so far. */
final class GeneratedExport extends InputStream {
    private final long rows;
    private final String filler;
    private byte[] chunk = "key,created,summary\n".getBytes(StandardCharsets.US_ASCII);
    private int position;
    private long nextRow = 1;
    private long served;

    /** An export of {@code rows} rows whose summaries are {@code filler}. */
    GeneratedExport(long rows, String filler) {
        this.rows = rows;
        this.filler = filler;
    }

    /** Bytes read from this stream so far. */
    long served() {
        return served;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        served++;
        return chunk[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, count);
        position += count;
        served += count;
        return count;
    }

    private boolean fill() {
        if (position < chunk.length) {
            return true;
        }
        if (nextRow > rows) {
            return false;
        }
        String row = "GEN-" + nextRow++ + ",2020-01-02T03:04:05Z,\"" + filler + "\"\r\n";
        chunk = row.getBytes(StandardCharsets.US_ASCII);
        position = 0;
        return true;
    }
}
