package io.smarttriage.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smarttriage.governance.FieldModelsTrainer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The hidden {@code replay-node} subcommand: one node of a replay, started as its own process by
 * the {@code replay} coordinator. It works on the shared database until told to stop and writes
 * what it did to a JSON report.
 */
@Command(
        name = "replay-node",
        hidden = true,
        description = "One node process of a replay; started by the replay command.")
final class ReplayNodeCommand implements Callable<Integer> {
    private static final int POOL_SIZE = 4;

    @Option(names = "--db-url", required = true, description = "JDBC URL of the replay database.")
    private String url;

    @Option(names = "--db-user", required = true, description = "Database user, no password.")
    private String user;

    @Option(names = "--db-schema", description = "PostgreSQL schema of the replay.")
    private String schema;

    @Option(names = "--name", required = true, description = "The node's name.")
    private String name;

    @Option(names = "--issues-file", required = true, description = "The replay's issues.")
    private Path issues;

    @Option(names = "--report", required = true, description = "Where the report is written.")
    private Path report;

    @Option(
            names = "--coordinator-pid",
            required = true,
            description = "Process id of the replay coordinator; the node stops without it.")
    private long coordinator;

    @Option(
            names = "--poll-ms",
            defaultValue = "20",
            description = "Pause when no work is found (default: ${DEFAULT-VALUE} ms).")
    private long pollMillis;

    @Override
    public Integer call() throws IOException {
        ReplayAddress address = new ReplayAddress(url, user, schema);
        NodeReport done;
        try (PooledActiveObjects db = PooledActiveObjects.open(address, name, POOL_SIZE)) {
            ReplayNode node =
                    new ReplayNode(
                            name, db.ao(), ReplayIssues.read(issues), new FieldModelsTrainer());
            ProcessHandle parent =
                    ProcessHandle.of(coordinator)
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "no replay coordinator process "
                                                            + coordinator));
            done = node.run(Duration.ofMillis(pollMillis), parent);
        }
        new ObjectMapper().writeValue(report.toFile(), done);
        return 0;
    }
}
