package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that {@code backtest} and {@code demo} share. */
final class RunOptions {

    @Option(
            names = "--fields",
            split = ",",
            paramLabel = "FIELD",
            converter = FieldConverter.class,
            defaultValue = "category,component,priority,assignee",
            description = "Fields to measure, comma-separated (default: ${DEFAULT-VALUE}).")
    List<TargetField> fields;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description =
                    "Directory for result.json and report.html (default: "
                            + "target/smart-triage/demo, "
                            + "or target/smart-triage/backtest/<export>).")
    Path out;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "Seed for training (default: ${DEFAULT-VALUE}).")
    long seed;
}
