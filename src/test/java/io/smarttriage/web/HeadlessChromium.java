package io.smarttriage.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's {@code chromium} headless from the command line: dumps a page's DOM after its
 * scripts ran, or takes a screenshot. Without chromium the calling test fails when {@code CI} is
 * set and is skipped otherwise.
 */
final class HeadlessChromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** Finds chromium on the PATH (or in {@code CHROMIUM_BIN}). */
    static HeadlessChromium find() {
        Optional<Path> found = locate();
        if (found.isEmpty()) {
            String message =
                    "chromium not found on PATH (Debian packages chromium and chromium-driver;"
                            + " .ci/run installs them)";
            if (System.getenv("CI") != null) {
                Assertions.fail(message);
            }
            Assumptions.abort(message + "; skipped because CI is not set");
        }
        return new HeadlessChromium(found.get());
    }

    private static Optional<Path> locate() {
        String configured = System.getenv("CHROMIUM_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Returns the DOM of {@code url} after its scripts and fetches finished. */
    String dumpDom(String url) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url));
    }

    /** Saves a PNG screenshot of {@code url} to {@code file}. */
    void screenshot(String url, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        run(List.of("--window-size=800,1000", "--screenshot=" + file.toAbsolutePath(), url));
    }

    private String run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("st-chromium-");
        Path output = Files.createTempFile("st-chromium-", ".out");
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(
                List.of(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--virtual-time-budget=10000",
                        "--user-data-dir=" + profile));
        command.addAll(arguments);
        Process process =
                new ProcessBuilder(command)
                        .redirectOutput(output.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        deleteTree(profile);
        if (process.exitValue() != 0) {
            throw new IOException("chromium exited with " + process.exitValue() + ": " + command);
        }
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
