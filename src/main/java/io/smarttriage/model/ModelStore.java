package io.smarttriage.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Saves and loads field models in a compact binary layout (no Java serialization): a magic number
 * and format version, the provenance as JSON, then vocabulary, idf, classes and weights, all
 * gzip-compressed. Loading restores exactly the saved numbers, so predictions match.
 */
public final class ModelStore {
    /** The layout version this app writes and reads. */
    public static final int FORMAT_VERSION = 1;

    static final int MAGIC = 0x53545249;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelStore() {}

    /** Writes {@code model} to {@code out}; the stream is finished but not closed. */
    public static void save(FieldModel model, OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(new NonClosing(out), 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(FORMAT_VERSION);
        ModelCodec.writeBytes(data, JSON.writeValueAsBytes(model.provenance()));
        ModelCodec.writeBody(data, model);
        data.flush();
        zip.finish();
    }

    /** Writes {@code model} to the file {@code path}, replacing it. */
    public static void save(FieldModel model, Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            save(model, out);
        }
    }

    /**
     * Reads a model written by {@link #save(FieldModel, OutputStream)}.
     *
     * @throws ModelFormatException when the stream is not a model or has another format version
     */
    public static FieldModel load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(unzip(in), 1 << 16));
        int magic = data.readInt();
        if (magic != MAGIC) {
            throw new ModelFormatException(
                    String.format(
                            "not a Smart Triage model: starts with 0x%08x, expected 0x%08x",
                            magic, MAGIC));
        }
        int version = data.readInt();
        if (version != FORMAT_VERSION) {
            throw new ModelFormatException(
                    "model format version "
                            + version
                            + " cannot be loaded by this app, which reads format version "
                            + FORMAT_VERSION
                            + "; retrain the model with this app version");
        }
        Provenance provenance = JSON.readValue(ModelCodec.readBytes(data), Provenance.class);
        return ModelCodec.readBody(data, provenance);
    }

    /** Reads a model from the file {@code path}. */
    public static FieldModel load(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return load(in);
        }
    }

    private static InputStream unzip(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first != 0x1f || second != 0x8b) {
            throw new ModelFormatException(
                    String.format(
                            "not a Smart Triage model: starts with 0x%02x%02x, expected gzip data",
                            first & 0xff, second & 0xff));
        }
        return new GZIPInputStream(buffered, 1 << 16);
    }

    /** Keeps the caller's stream open when the compressor is finished. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
