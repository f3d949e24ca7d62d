package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The binary body of a stored model: vocabulary with idf, classes, weights by feature. */
final class ModelCodec {
    private ModelCodec() {}

    static void writeBody(DataOutputStream out, FieldModel model) throws IOException {
        TfidfVectorizer vocabulary = model.vectorizer();
        out.writeInt(vocabulary.size());
        for (int j = 0; j < vocabulary.size(); j++) {
            writeString(out, vocabulary.term(j));
            out.writeDouble(vocabulary.idf(j));
        }
        out.writeInt(model.labels().size());
        for (String label : model.labels()) {
            writeString(out, label);
        }
        WeightMatrix weights = model.classifier().weights();
        for (int j = 0; j < weights.features(); j++) {
            out.writeInt(weights.start[j + 1] - weights.start[j]);
            for (int p = weights.start[j]; p < weights.start[j + 1]; p++) {
                out.writeShort(weights.classOf[p]);
                out.writeFloat(weights.weight[p]);
            }
        }
        for (float b : weights.bias) {
            out.writeFloat(b);
        }
        ConfidenceMap map = model.confidenceMap();
        out.writeDouble(map.lowest());
        out.writeInt(map.upper().length);
        for (int b = 0; b < map.upper().length; b++) {
            out.writeDouble(map.upper()[b]);
            out.writeDouble(map.value()[b]);
        }
    }

    static FieldModel readBody(DataInputStream in, Provenance provenance) throws IOException {
        int size = in.readInt();
        String[] terms = new String[size];
        double[] idf = new double[size];
        for (int j = 0; j < size; j++) {
            terms[j] = readString(in);
            idf[j] = in.readDouble();
        }
        int classes = in.readInt();
        List<String> labels = new ArrayList<>(classes);
        for (int k = 0; k < classes; k++) {
            labels.add(readString(in));
        }
        WeightMatrix weights = readWeights(in, size, classes);
        ConfidenceMap map = readMap(in);
        FeatureExtractor features =
                TicketFeatures.forField(TargetField.valueOf(provenance.field()));
        if (!features.id().equals(provenance.features())) {
            throw new ModelFormatException(
                    "model was trained on features '"
                            + provenance.features()
                            + "' but this app extracts '"
                            + features.id()
                            + "'; retrain the model");
        }
        return new FieldModel(
                features,
                new TfidfVectorizer(terms, idf),
                labels,
                new LinearSvm(weights),
                map,
                provenance);
    }

    private static ConfidenceMap readMap(DataInputStream in) throws IOException {
        double lowest = in.readDouble();
        int blocks = in.readInt();
        double[] upper = new double[blocks];
        double[] value = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            upper[b] = in.readDouble();
            value[b] = in.readDouble();
        }
        return new ConfidenceMap(lowest, upper, value);
    }

    private static WeightMatrix readWeights(DataInputStream in, int features, int classes)
            throws IOException {
        int[] start = new int[features + 1];
        GrowableInts classOf = new GrowableInts();
        List<Float> weight = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            int count = in.readInt();
            start[j + 1] = start[j] + count;
            for (int c = 0; c < count; c++) {
                classOf.add(in.readUnsignedShort());
                weight.add(in.readFloat());
            }
        }
        float[] weights = new float[weight.size()];
        for (int p = 0; p < weights.length; p++) {
            weights[p] = weight.get(p);
        }
        float[] bias = new float[classes];
        for (int k = 0; k < classes; k++) {
            bias[k] = in.readFloat();
        }
        return new WeightMatrix(
                classes,
                start,
                java.util.Arrays.copyOf(classOf.values(), classOf.size()),
                weights,
                bias);
    }

    static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (64 << 20)) {
            throw new ModelFormatException(
                    "corrupt model: a block claims "
                            + length
                            + " bytes, allowed 0 to "
                            + (64 << 20));
        }
        return in.readNBytes(length);
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }
}
