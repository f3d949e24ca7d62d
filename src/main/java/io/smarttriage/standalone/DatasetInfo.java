package io.smarttriage.standalone;

/**
 * Where the backtest's requests came from and how reading them went.
 *
 * @param source file path, or a description of generated data
 * @param format export format name, or {@code generated}
 * @param generated whether the data was generated rather than real
 * @param read the ingest summary
 */
record DatasetInfo(String source, String format, boolean generated, FeedSummary read) {}
