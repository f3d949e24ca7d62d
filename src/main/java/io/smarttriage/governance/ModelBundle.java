package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import io.smarttriage.model.FieldModel;
import io.smarttriage.model.ModelStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The field models of one project in one byte array, as stored in the model archive, optionally
 * followed by the assignee expertise profile (a section named {@value #EXPERTISE}). Bundles written
 * without the section read back without expertise.
 */
final class ModelBundle {
    static final String EXPERTISE = "expertise";

    private ModelBundle() {}

    static byte[] write(Map<TargetField, FieldModel> models) {
        return write(models, null);
    }

    /** Writes the field models and, unless {@code null}, the serialized expertise profile. */
    static byte[] write(Map<TargetField, FieldModel> models, byte[] expertise) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(models.size());
            for (Map.Entry<TargetField, FieldModel> e : models.entrySet()) {
                ByteArrayOutputStream one = new ByteArrayOutputStream();
                ModelStore.save(e.getValue(), one);
                out.writeUTF(e.getKey().name());
                out.writeInt(one.size());
                one.writeTo(out);
            }
            if (expertise != null) {
                out.writeUTF(EXPERTISE);
                out.writeInt(expertise.length);
                out.write(expertise);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("model bundle could not be written", e);
        }
        return bytes.toByteArray();
    }

    static Map<TargetField, FieldModel> read(byte[] bundle) {
        Map<TargetField, FieldModel> models = new EnumMap<>(TargetField.class);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bundle))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                TargetField field = TargetField.valueOf(in.readUTF());
                byte[] one = new byte[in.readInt()];
                in.readFully(one);
                models.put(field, ModelStore.load(new ByteArrayInputStream(one)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stored model bundle is unreadable", e);
        }
        return models;
    }

    /** Returns the serialized expertise profile that follows the field models, if any. */
    static Optional<byte[]> expertise(byte[] bundle) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bundle))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                in.readUTF();
                in.skipNBytes(in.readInt());
            }
            if (in.available() == 0) {
                return Optional.empty();
            }
            String section = in.readUTF();
            if (!EXPERTISE.equals(section)) {
                throw new IllegalArgumentException(
                        "stored model bundle: section after the field models must be '"
                                + EXPERTISE
                                + "', was '"
                                + section
                                + "'");
            }
            byte[] expertise = new byte[in.readInt()];
            in.readFully(expertise);
            return Optional.of(expertise);
        } catch (IOException e) {
            throw new UncheckedIOException("stored model bundle is unreadable", e);
        }
    }
}
