package io.smarttriage.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.smarttriage.demo.DemoDataGenerator;
import io.smarttriage.domain.Ticket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay's issue store file that the node processes read. */
class ReplayIssuesTest {

    @TempDir Path folder;

    @Test
    void givenRequests_whenWrittenAndRead_thenNodesSeeTheSameRequests() {
        List<Ticket> tickets = new DemoDataGenerator(3).generate(20);
        Ticket bare = Ticket.builder("OPS-1", Instant.parse("2024-05-01T10:15:30.123Z")).build();
        List<Ticket> all = new ArrayList<>(tickets);
        all.add(bare);
        Path file = folder.resolve("issues.json");

        ReplayIssues.write(all, file);
        List<Ticket> read = ReplayIssues.read(file);

        assertThat(read).isEqualTo(all);
    }
}
