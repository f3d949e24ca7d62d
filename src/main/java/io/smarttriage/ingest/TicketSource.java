package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import java.util.function.Consumer;

/** An export that delivers its tickets one at a time, in file order, without loading it whole. */
public interface TicketSource {

    /**
     * Reads the whole export and passes each usable ticket to {@code sink}.
     *
     * <p>A bad row is counted and described in the summary and the run goes on; only a file that is
     * not what its format says (missing, empty, binary, wrong header, broken quoting) stops it.
     *
     * @param sink receives each ticket as soon as its row has been read
     * @return how many rows were read, used and rejected, with the first row errors
     * @throws IngestException when the file cannot be read as this format at all
     */
    IngestSummary read(Consumer<Ticket> sink) throws IngestException;
}
