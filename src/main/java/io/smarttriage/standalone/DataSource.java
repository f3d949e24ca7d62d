package io.smarttriage.standalone;

/**
 * Where a backtest's requests come from, before they are read.
 *
 * @param source file path, or a description of generated data
 * @param format export format name, or {@code generated}
 * @param generated whether the data is generated rather than real
 */
record DataSource(String source, String format, boolean generated) {

    /** Returns the dataset description once reading gave {@code read}. */
    DatasetInfo withRead(FeedSummary read) {
        return new DatasetInfo(source, format, generated, read);
    }
}
