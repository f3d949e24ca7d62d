package io.smarttriage.ingest;

import io.smarttriage.domain.Ticket;
import org.apache.commons.csv.CSVRecord;

/** Turns one CSV record into a ticket, or says which value of it is wrong. */
@FunctionalInterface
interface RowMapper {

    /**
     * Maps the record.
     *
     * @param record a record with as many cells as the header
     * @param row the 1-based data row number
     * @throws BadValueException when a value breaks a rule of the format
     */
    Ticket map(CSVRecord record, long row) throws BadValueException;
}
