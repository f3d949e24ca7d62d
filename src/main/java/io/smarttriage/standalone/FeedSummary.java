package io.smarttriage.standalone;

import java.util.List;

/**
 * What reading an export gave: rows read, used and rejected, with the first rejection reasons.
 *
 * @param rowsRead data rows read
 * @param rowsUsed rows that became tickets
 * @param rowsRejected rows rejected as malformed
 * @param rejections reasons for the first rejected rows, each naming row, column and rule
 */
record FeedSummary(long rowsRead, long rowsUsed, long rowsRejected, List<String> rejections) {

    FeedSummary {
        rejections = List.copyOf(rejections);
    }
}
