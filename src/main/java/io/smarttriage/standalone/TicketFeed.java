package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;
import java.util.function.Consumer;

/** A source of tickets the runner streams once, e.g. an export file or the demo generator. */
interface TicketFeed {

    /**
     * Passes every usable ticket to {@code sink} in source order and returns what was read.
     *
     * @throws InputException when the source cannot be read at all
     */
    FeedSummary read(Consumer<Ticket> sink);
}
