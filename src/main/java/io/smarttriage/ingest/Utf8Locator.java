package io.smarttriage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Finds the line of an export's first byte that is not UTF-8, for the error message. */
final class Utf8Locator {
    private static final int CHUNK = 1 << 16;

    private Utf8Locator() {}

    /**
     * Returns where the first malformed byte sits, such as {@code line 151 (byte 0xe9 at offset
     * 4,210)}, or {@code null} when the stream decodes cleanly or cannot be read again.
     */
    static String locate(StreamOpener opener) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        long line = 1;
        long offset = 0;
        try (InputStream in = opener.open()) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(read, 0));
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                line += newlines(chars);
                if (result.isError()) {
                    return String.format(
                            "line %,d (byte 0x%02x at offset %,d)",
                            line, bytes.get(bytes.position()) & 0xff, offset + bytes.position());
                }
                offset += bytes.position();
                bytes.compact();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static int newlines(CharBuffer chars) {
        chars.flip();
        int count = 0;
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                count++;
            }
        }
        chars.clear();
        return count;
    }
}
