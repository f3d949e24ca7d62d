package io.smarttriage.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The node processes of a replay: child JVMs started with this JVM's {@code java} binary and the
 * runner's classpath, each running the hidden {@code replay-node} subcommand against the shared
 * database. Each writes its output to {@code node-N.log} and its report to {@code node-N.json} in
 * the replay's working folder.
 */
final class ReplayProcesses implements AutoCloseable {
    private static final int LOG_TAIL = 2_000;

    private final Path folder;
    private final List<String> names;
    private final List<Process> processes;

    private ReplayProcesses(Path folder, List<String> names, List<Process> processes) {
        this.folder = folder;
        this.names = names;
        this.processes = processes;
    }

    /** Starts {@code count} nodes on {@code address} that read their issues from {@code issues}. */
    static ReplayProcesses start(ReplayAddress address, int count, Path issues, Path folder) {
        List<String> names = new ArrayList<>();
        List<Process> processes = new ArrayList<>();
        ReplayProcesses nodes = new ReplayProcesses(folder, names, processes);
        try {
            for (int i = 1; i <= count; i++) {
                String name = "node-" + i;
                names.add(name);
                processes.add(
                        new ProcessBuilder(command(address, name, issues, folder))
                                .redirectErrorStream(true)
                                .redirectOutput(folder.resolve(name + ".log").toFile())
                                .start());
            }
        } catch (IOException e) {
            nodes.close();
            throw new IllegalStateException("cannot start replay node process: " + e, e);
        }
        return nodes;
    }

    /** Throws when a node process has stopped before it was told to. */
    void checkAlive() {
        for (int i = 0; i < processes.size(); i++) {
            if (!processes.get(i).isAlive()) {
                throw failed(i, "stopped early with exit code " + processes.get(i).exitValue());
            }
        }
    }

    /** Waits for every node to stop by itself and returns their reports, in node order. */
    List<NodeReport> awaitReports(long timeoutSeconds) {
        List<NodeReport> reports = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            try {
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    throw failed(i, "did not stop within " + timeoutSeconds + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for the replay nodes", e);
            }
            if (p.exitValue() != 0) {
                throw failed(i, "ended with exit code " + p.exitValue());
            }
            reports.add(read(folder.resolve(names.get(i) + ".json")));
        }
        return reports;
    }

    /** Ends the node processes still running. */
    @Override
    public void close() {
        processes.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
    }

    private IllegalStateException failed(int i, String what) {
        Path log = folder.resolve(names.get(i) + ".log");
        return new IllegalStateException(
                "replay node process "
                        + names.get(i)
                        + " "
                        + what
                        + "; its log "
                        + log
                        + " ends:\n"
                        + tail(log));
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.substring(Math.max(0, text.length() - LOG_TAIL));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static NodeReport read(Path report) {
        try {
            return new ObjectMapper().readValue(report.toFile(), NodeReport.class);
        } catch (IOException e) {
            throw new IllegalStateException("replay node report " + report + " unreadable", e);
        }
    }

    private static List<String> command(
            ReplayAddress address, String name, Path issues, Path folder) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-cp");
        c.add(classpath());
        c.add(SmartTriageCommand.class.getName());
        c.add("replay-node");
        c.addAll(List.of("--db-url", address.url(), "--db-user", address.user()));
        if (address.schema() != null) {
            c.addAll(List.of("--db-schema", address.schema()));
        }
        c.addAll(List.of("--name", name, "--issues-file", issues.toString()));
        c.addAll(List.of("--coordinator-pid", String.valueOf(ProcessHandle.current().pid())));
        c.addAll(List.of("--report", folder.resolve(name + ".json").toString()));
        return c;
    }

    /**
     * The runner's classpath: the URLs of the class loader that loaded the runner when it is a URL
     * class loader (as under {@code mvn exec:java}), otherwise {@code java.class.path}.
     */
    static String classpath() {
        if (ReplayProcesses.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> paths = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    paths.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("classpath entry " + url + " is no path", e);
                }
            }
            return String.join(File.pathSeparator, paths);
        }
        return System.getProperty("java.class.path");
    }
}
