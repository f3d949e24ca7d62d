/** Streaming readers for Jira CSV and JSON exports and mapped CSV files. */
package io.smarttriage.ingest;
