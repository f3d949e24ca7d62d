package io.smarttriage.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a stored model came from, saved with it as JSON.
 *
 * @param formatVersion version of the stored model layout
 * @param appVersion version of the app that trained it
 * @param field the predicted field
 * @param features id of the feature extractor
 * @param firstCreated ISO-8601 creation time of the oldest training request, {@code null} if
 *     undated
 * @param lastCreated ISO-8601 creation time of the newest training request, {@code null} if undated
 * @param rows labelled training rows
 * @param classCounts training rows per class
 * @param options training options, seed included
 * @param vocabularySize number of terms
 * @param calibrationScale fitted softmax scale
 * @param threshold confidence below which the model abstains
 * @param evaluation named figures, from held-out training folds ({@code heldOut.*}) and from
 *     whatever test the caller ran ({@link FieldModel#withEvaluation})
 */
public record Provenance(
        int formatVersion,
        String appVersion,
        String field,
        String features,
        String firstCreated,
        String lastCreated,
        int rows,
        Map<String, Integer> classCounts,
        TrainingOptions options,
        int vocabularySize,
        double calibrationScale,
        double threshold,
        Map<String, Double> evaluation) {

    /** Copies the maps into unmodifiable ones sorted by key. */
    public Provenance {
        classCounts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(classCounts));
        evaluation = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(evaluation));
    }

    /** Returns a copy with {@code figures} added to the evaluation. */
    public Provenance withEvaluation(Map<String, Double> figures) {
        TreeMap<String, Double> merged = new TreeMap<>(evaluation);
        merged.putAll(figures);
        return new Provenance(
                formatVersion,
                appVersion,
                field,
                features,
                firstCreated,
                lastCreated,
                rows,
                classCounts,
                options,
                vocabularySize,
                calibrationScale,
                threshold,
                merged);
    }
}
