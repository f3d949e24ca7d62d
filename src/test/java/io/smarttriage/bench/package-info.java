/** Rerunnable benchmark harness for the triage models: fit time, heap, latency, size. */
package io.smarttriage.bench;
