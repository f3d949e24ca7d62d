package io.smarttriage.eval;

import io.smarttriage.domain.TargetField;
import io.smarttriage.domain.Ticket;
import io.smarttriage.ingest.IngestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The tasks of EVALUATION.md with their exact train/test splits. */
public enum EvaluationTask {
    CAT(TargetField.CATEGORY),
    PRI(TargetField.PRIORITY),
    CMP(TargetField.COMPONENT);

    /** The date split of PRI and CMP: train strictly before it. */
    public static final Instant CUT = Instant.parse("2016-01-01T00:00:00Z");

    private final TargetField field;

    EvaluationTask(TargetField field) {
        this.field = field;
    }

    /** Returns the predicted field. */
    public TargetField field() {
        return field;
    }

    /** Returns the task's rows split into training and test, labelled rows only. */
    public Split load() throws IngestException {
        List<Ticket> rows = this == CAT ? SharedData.categoryTickets() : SharedData.bugTickets();
        List<Ticket> train = new ArrayList<>();
        List<Ticket> test = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Ticket ticket = rows.get(i);
            if (field.valueOf(ticket) == null) {
                continue;
            }
            boolean isTest = this == CAT ? i % 5 == 0 : !ticket.created().isBefore(CUT);
            (isTest ? test : train).add(ticket);
        }
        return new Split(train, test);
    }

    /**
     * Training and test rows of a task.
     *
     * @param train training rows
     * @param test test rows
     */
    public record Split(List<Ticket> train, List<Ticket> test) {}
}
