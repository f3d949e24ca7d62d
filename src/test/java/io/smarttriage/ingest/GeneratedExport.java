package io.smarttriage.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/** An export produced row by row on demand, counting the bytes handed out so far. */
final class GeneratedExport extends InputStream {
    private final long rows;
    private final LongFunction<String> row;
    private final String tail;
    private byte[] chunk;
    private int position;
    private long nextRow = 1;
    private long served;

    /**
     * An export made of {@code head}, rows 1 to {@code rows} from {@code row}, then {@code tail}.
     */
    GeneratedExport(String head, LongFunction<String> row, long rows, String tail) {
        this.chunk = bytes(head);
        this.row = row;
        this.rows = rows;
        this.tail = tail;
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
        if (nextRow > rows + 1) {
            return false;
        }
        chunk = bytes(nextRow <= rows ? row.apply(nextRow) : tail);
        nextRow++;
        position = 0;
        return chunk.length > 0 || fill();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
