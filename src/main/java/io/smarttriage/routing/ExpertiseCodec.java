package io.smarttriage.routing;

import io.smarttriage.model.ConfidenceMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an expertise model to bytes and reads it back, so that it can be stored with a trained
 * model version. Holds user keys, project keys, component, priority and category names and text
 * tokens with their decayed counts; never user names or request text.
 */
public final class ExpertiseCodec {
    private static final int FORMAT_1 = 0x45585031;
    private static final int FORMAT = 0x45585032;

    private ExpertiseCodec() {}

    /** Returns the model as bytes. */
    public static byte[] write(ExpertiseModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            synchronized (model) {
                out.writeInt(FORMAT);
                writeSettings(out, model.settings());
                out.writeLong(model.clock().anchor());
                out.writeDouble(model.deskTotal());
                writeHistories(out, model.histories());
                writeFeatures(out, model.features());
                writeCalibration(out, model.calibration());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("expertise model could not be written", e);
        }
        return bytes.toByteArray();
    }

    /** Reads a model written by {@link #write}; fails naming the problem if the bytes are not. */
    public static ExpertiseModel read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readInt();
            if (format != FORMAT && format != FORMAT_1) {
                throw new IllegalArgumentException(
                        "stored expertise: format marker must be "
                                + Integer.toHexString(FORMAT)
                                + " or "
                                + Integer.toHexString(FORMAT_1)
                                + ", was "
                                + Integer.toHexString(format));
            }
            ExpertiseModel model = new ExpertiseModel(readSettings(in));
            model.clock().restoreAnchor(in.readLong());
            model.restoreDeskTotal(in.readDouble());
            readHistories(in, model);
            readFeatures(in, model);
            if (format == FORMAT) {
                model.calibrate(readCalibration(in));
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("stored expertise is unreadable", e);
        }
    }

    private static void writeCalibration(DataOutputStream out, ConfidenceMap map)
            throws IOException {
        out.writeDouble(map.lowest());
        out.writeInt(map.upper().length);
        for (int b = 0; b < map.upper().length; b++) {
            out.writeDouble(map.upper()[b]);
            out.writeDouble(map.value()[b]);
        }
    }

    private static ConfidenceMap readCalibration(DataInputStream in) throws IOException {
        double lowest = in.readDouble();
        int blocks = in.readInt();
        if (blocks < 0 || blocks > in.available() / 16) {
            throw new IllegalArgumentException(
                    "stored expertise: calibration block count must fit the bytes left, was "
                            + blocks);
        }
        double[] upper = new double[blocks];
        double[] value = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            upper[b] = in.readDouble();
            value[b] = in.readDouble();
        }
        return ConfidenceMap.of(lowest, upper, value);
    }

    private static void writeSettings(DataOutputStream out, ExpertiseSettings s)
            throws IOException {
        out.writeLong(s.halfLife().toSeconds());
        out.writeInt(s.minEvidence());
        out.writeDouble(s.priorSmoothing());
        out.writeDouble(s.featureSmoothing());
        out.writeDouble(s.componentWeight());
        out.writeDouble(s.priorityWeight());
        out.writeDouble(s.categoryWeight());
        out.writeDouble(s.reporterWeight());
        out.writeDouble(s.textWeight());
        out.writeInt(s.maxTokens());
    }

    private static ExpertiseSettings readSettings(DataInputStream in) throws IOException {
        return new ExpertiseSettings(
                Duration.ofSeconds(in.readLong()),
                in.readInt(),
                in.readDouble(),
                in.readDouble(),
                in.readDouble(),
                in.readDouble(),
                in.readDouble(),
                in.readDouble(),
                in.readDouble(),
                in.readInt());
    }

    private static void writeHistories(DataOutputStream out, List<AgentHistory> histories)
            throws IOException {
        out.writeInt(histories.size());
        for (AgentHistory history : histories) {
            out.writeUTF(history.key);
            out.writeDouble(history.total);
            out.writeInt(history.events);
            List<String> projects = history.projects.stream().sorted().toList();
            out.writeInt(projects.size());
            for (String project : projects) {
                out.writeUTF(project);
            }
        }
    }

    private static void readHistories(DataInputStream in, ExpertiseModel model) throws IOException {
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String key = in.readUTF();
            double total = in.readDouble();
            int events = in.readInt();
            int projectCount = in.readInt();
            List<String> projects = new ArrayList<>(projectCount);
            for (int p = 0; p < projectCount; p++) {
                projects.add(in.readUTF());
            }
            model.restore(key, total, events, projects);
        }
    }

    private static void writeFeatures(DataOutputStream out, Map<String, Postings> features)
            throws IOException {
        out.writeInt(features.size());
        for (Map.Entry<String, Postings> feature : features.entrySet()) {
            Postings postings = feature.getValue();
            out.writeUTF(feature.getKey());
            out.writeDouble(postings.deskCount());
            out.writeInt(postings.size());
            for (int i = 0; i < postings.size(); i++) {
                out.writeInt(postings.agentAt(i));
                out.writeDouble(postings.countAt(i));
            }
        }
    }

    private static void readFeatures(DataInputStream in, ExpertiseModel model) throws IOException {
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            Postings postings = model.postingsFor(in.readUTF());
            double deskCount = in.readDouble();
            int size = in.readInt();
            for (int j = 0; j < size; j++) {
                postings.add(in.readInt(), in.readDouble());
            }
            postings.restoreDeskCount(deskCount);
        }
    }
}
