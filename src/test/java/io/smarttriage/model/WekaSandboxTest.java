package io.smarttriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs training, saving, loading and prediction in a fresh JVM whose home and working directories
 * are empty temporary folders, with class loading traced.
 */
class WekaSandboxTest {

    @Test
    void givenFreshJvm_trainSaveLoadPredict_writesOnlyTheGivenDirectory(@TempDir Path temp)
            throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path work = Files.createDirectories(temp.resolve("work"));
        Path models = Files.createDirectories(temp.resolve("models"));

        ProbeRun run = runProbe(home, work, models);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("probe predicted Hardware");
        assertThat(list(home)).isEmpty();
        assertThat(list(work)).isEmpty();
        assertThat(list(models)).containsExactly(models.resolve("category.model"));
    }

    @Test
    void givenFreshJvm_trainSaveLoadPredict_loadsNoWekaGuiClass(@TempDir Path temp)
            throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Path models = Files.createDirectories(temp.resolve("models"));

        ProbeRun run = runProbe(home, temp, models);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("weka.core.SparseInstance");
        assertThat(run.output())
                .doesNotContain(
                        "weka.gui.", "weka.core.WekaPackageManager", "weka.core.Capabilities ");
    }

    private static ProbeRun runProbe(Path home, Path work, Path models)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("probe", ".log");
        Process process =
                new ProcessBuilder(
                                java,
                                "-verbose:class",
                                "-Duser.home=" + home,
                                "-cp",
                                classPath(),
                                SandboxProbe.class.getName(),
                                models.toString())
                        .directory(work.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new ProbeRun(finished ? process.exitValue() : -1, output);
    }

    private static String classPath() {
        String path = System.getProperty("java.class.path");
        return Stream.of(path.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElse(path);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** Exit code and combined output of the probe process. */
    private record ProbeRun(int exitCode, String output) {}
}
