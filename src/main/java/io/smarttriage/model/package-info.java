/** Weka classifiers per target field: training, calibrated prediction, explanation, storage. */
package io.smarttriage.model;
