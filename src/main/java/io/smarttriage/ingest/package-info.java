/**
 * Streaming readers for Jira CSV and JSON exports and mapped CSV files.
 *
 * <p>Open a source and pass a sink; tickets arrive one at a time in file order:
 *
 * <pre>{@code
 * IngestOptions options = IngestOptions.defaults()
 *         .withMapping(ColumnMappings.resolve("apache-jira-bugs"));   // or a mapping file
 * TicketSource source = TicketSources.open(file, ExportFormat.MAPPED_CSV, options);
 * IngestSummary summary = source.read(ticket -> trainer.add(ticket));
 * System.out.println(summary.describe());
 * }</pre>
 *
 * <p>{@code TicketSources.open(file, IngestOptions.defaults())} tells the format from the file
 * itself (JSON, Jira CSV header, or the built-in mapping whose columns the header has); {@code
 * TicketSources.detect} says what it found.
 *
 * <p>Formats: {@link io.smarttriage.ingest.ExportFormat#JIRA_CSV} (Jira's "CSV (all fields)"),
 * {@link io.smarttriage.ingest.ExportFormat#JIRA_JSON} (REST search responses, issue arrays or
 * single issues; a file or a folder of {@code .json} files) and {@link
 * io.smarttriage.ingest.ExportFormat#MAPPED_CSV} (any CSV through a {@link
 * io.smarttriage.ingest.ColumnMapping}). Built-in mappings: {@code apache-jira-bugs}, {@code
 * apache-jira-triage}, {@code it-service-tickets}; the last has no key column, so its keys are
 * {@code ITS-1}, {@code ITS-2}, ... numbered by data row from 1.
 *
 * <p>A mapping file is a properties file naming the column of each ticket field:
 *
 * <pre>
 * key=Ticket
 * created=Opened
 * summary=Title
 * description=Body
 * category=Queue
 * components=Parts
 * # optional: key.prefix (when there is no key column), list.separator (default |),
 * # date.pattern (java.time pattern; ISO-8601 is always accepted), date.zone (default UTC),
 * # absent.values (comma-separated placeholders that mean none)
 * list.separator=;
 * date.pattern=dd.MM.yyyy HH:mm
 * date.zone=Europe/Berlin
 * absent.values=None,n/a
 * </pre>
 *
 * <p>A bad row (unparseable date, missing key, wrong column count) is counted and described in the
 * {@link io.smarttriage.ingest.IngestSummary} and the read goes on; a file that is not what its
 * format says (missing, empty, binary, not UTF-8, wrong header, broken quoting or JSON) stops with
 * one {@link io.smarttriage.ingest.IngestException}. Nothing here logs field contents.
 */
package io.smarttriage.ingest;
