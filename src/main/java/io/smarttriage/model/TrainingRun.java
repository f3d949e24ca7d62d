package io.smarttriage.model;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.Objects;
import weka.core.Instances;

/** What one training run works with, and how it builds machines and provenance from it. */
record TrainingRun(
        TargetField field,
        TrainingOptions options,
        FeatureExtractor features,
        TfidfVectorizer vectorizer,
        LabelledRows rows) {

    /** Trains the configured linear SVM on {@code data}. */
    LinearSvm machine(Instances data) throws Exception {
        LinearSvm machine = new LinearSvm();
        machine.setCost(options.cost());
        machine.setBalanced(options.balanced());
        machine.setSeed(options.seed());
        machine.setThreads(options.threads());
        machine.setPruneBelow(options.pruneBelow());
        machine.setClassGroups(CandidateScope.of(field, rows.classes).groups(rows.classes));
        machine.buildClassifier(data);
        return machine;
    }

    /** Returns the provenance of the finished model. */
    Provenance provenance(Calibration calibration) {
        Instant first =
                rows.tickets.stream()
                        .map(Ticket::created)
                        .filter(Objects::nonNull)
                        .min(Instant::compareTo)
                        .orElse(null);
        Instant last =
                rows.tickets.stream()
                        .map(Ticket::created)
                        .filter(Objects::nonNull)
                        .max(Instant::compareTo)
                        .orElse(null);
        return new Provenance(
                ModelStore.FORMAT_VERSION,
                AppVersion.current(),
                field.name(),
                features.id(),
                first == null ? null : first.toString(),
                last == null ? null : last.toString(),
                rows.size(),
                rows.classCounts(),
                options,
                vectorizer.size(),
                calibration.scale(),
                calibration.threshold(),
                calibration.figures());
    }
}
