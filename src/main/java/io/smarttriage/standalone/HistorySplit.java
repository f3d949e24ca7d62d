package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Divides requests into history to learn from and later requests to triage.
 *
 * @param train requests to learn from
 * @param test requests to triage, oldest first when dated
 * @param info how the division was made
 */
record HistorySplit(List<Ticket> train, List<Ticket> test, SplitInfo info) {

    private static final double DEFAULT_HISTORY_SHARE = 0.8;

    /**
     * Splits by creation time at {@code cut}, or, without a cut, at the point after 80% of the
     * dated requests; data where most requests have no date is split by holding out every fifth row
     * instead.
     */
    static HistorySplit of(List<Ticket> tickets, Instant cut) {
        List<Ticket> dated =
                tickets.stream()
                        .filter(t -> t.created() != null)
                        .sorted(Comparator.comparing(Ticket::created))
                        .toList();
        if (cut == null && dated.size() * 2 < tickets.size()) {
            return everyFifth(tickets);
        }
        if (dated.isEmpty()) {
            throw new InputException(
                    "--train-until "
                            + cut
                            + ": the export has no creation "
                            + "dates, so it cannot be split by time; leave --train-until out");
        }
        Instant at =
                cut != null
                        ? cut
                        : dated.get((int) Math.floor(dated.size() * DEFAULT_HISTORY_SHARE))
                                .created();
        return byTime(dated, at, cut != null, tickets.size() - dated.size());
    }

    private static HistorySplit byTime(
            List<Ticket> dated, Instant cut, boolean given, int undated) {
        List<Ticket> train = dated.stream().filter(t -> t.created().isBefore(cut)).toList();
        List<Ticket> test = dated.subList(train.size(), dated.size());
        if (!given && train.isEmpty()) {
            throw new InputException(
                    String.format(
                            "cannot split by time: the default cut (after 80%% of the history) is"
                                    + " %s, and no request was created before it; the export's"
                                    + " %d dated requests were created from %s to %s, so give"
                                    + " --train-until a date between them",
                            cut,
                            dated.size(),
                            dated.get(0).created(),
                            dated.get(dated.size() - 1).created()));
        }
        if (train.isEmpty() || test.isEmpty()) {
            throw new InputException(
                    String.format(
                            "--train-until %s: %s; the export's requests "
                                    + "were created from %s to %s",
                            cut,
                            train.isEmpty()
                                    ? "no request was created before it"
                                    : "no request was created on or after it",
                            dated.get(0).created(),
                            dated.get(dated.size() - 1).created()));
        }
        SplitInfo info =
                new SplitInfo(
                        "time-cut", cut.toString(), given, train.size(), test.size(), undated);
        return new HistorySplit(train, test, info);
    }

    private static HistorySplit everyFifth(List<Ticket> tickets) {
        List<Ticket> train = new ArrayList<>();
        List<Ticket> test = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i++) {
            (i % 5 == 0 ? test : train).add(tickets.get(i));
        }
        return new HistorySplit(
                train,
                test,
                new SplitInfo("every-fifth", null, false, train.size(), test.size(), 0));
    }
}
