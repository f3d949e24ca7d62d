/**
 * Weka classifiers per target field: training, calibrated prediction, explanation, storage.
 *
 * <p>Public API:
 *
 * <ul>
 *   <li>{@link io.smarttriage.model.FieldModelTrainer#train FieldModelTrainer.train(history, field,
 *       options)} trains one {@link io.smarttriage.model.FieldModel} per {@link
 *       io.smarttriage.domain.TargetField} (CATEGORY, COMPONENT, PRIORITY); {@link
 *       io.smarttriage.model.TrainingOptions#defaults TrainingOptions.defaults(field)} gives the
 *       tuned options with the default seed.
 *   <li>{@link io.smarttriage.model.FieldModel#predict FieldModel.predict(ticket)} returns a {@link
 *       io.smarttriage.model.Prediction}: label, calibrated confidence, whether the model abstains
 *       (confidence below its threshold), ranked alternatives with probabilities and the five terms
 *       that pushed the label most. {@link io.smarttriage.model.FieldModel#provenance()} says where
 *       the model came from.
 *   <li>{@link io.smarttriage.model.TriageModels#predict TriageModels.predict(ticket)} runs several
 *       field models on one request with a single text-pipeline pass (the fast path for classify +
 *       prioritize); results equal each model's own {@code predict}.
 *   <li>{@link io.smarttriage.model.ModelStore#save ModelStore.save} and {@link
 *       io.smarttriage.model.ModelStore#load load} write and read a model with its provenance;
 *       another format version fails with {@link io.smarttriage.model.ModelFormatException}.
 * </ul>
 *
 * <p>Inside: features from the text pipeline, TF-IDF learned on the training rows, {@link
 * io.smarttriage.model.LinearSvm} (a Weka classifier trained on sparse instances), then softmax
 * scaling and an isotonic confidence map fitted on held-out training rows (forward in time when the
 * rows are dated). Nothing here writes files except {@code ModelStore} to the stream or path it is
 * given, and no Weka GUI, package manager or home-directory code is used.
 */
package io.smarttriage.model;
