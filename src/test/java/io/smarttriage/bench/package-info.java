/** Rerunnable evaluation and speed harnesses; run as plain main classes, never as unit tests. */
package io.smarttriage.bench;
