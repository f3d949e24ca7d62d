package io.smarttriage.standalone;

import java.util.List;

/**
 * What one node process of the replay did, as it reports it when it stops.
 *
 * @param name the node's name
 * @param pid the node's operating-system process id
 * @param triaged creation events it took and triaged
 * @param corrections correction events (resolved issues) it took and learnt from
 * @param judged decisions its correction events judged
 * @param versions model versions its decisions were made with, in first-use order
 * @param trained retraining rounds in which it held the lock and trained
 */
record NodeReport(
        String name,
        long pid,
        int triaged,
        int corrections,
        int judged,
        List<String> versions,
        List<Integer> trained) {}
