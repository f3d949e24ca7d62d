/** Evaluation metrics for triage decisions: confusion, F1, top-k, calibration and coverage. */
package io.smarttriage.eval;
