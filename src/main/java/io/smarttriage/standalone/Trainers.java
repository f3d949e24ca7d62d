package io.smarttriage.standalone;

/** The trainer the commands use. */
final class Trainers {

    private Trainers() {}

    /** Returns the trainer of the shipped models. */
    static FieldTrainer standard() {
        return new ModelTrainer();
    }
}
