package io.smarttriage.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a backtest's JSON result and HTML report into an output directory. */
final class ReportFiles {

    static final String JSON = "result.json";
    static final String HTML = "report.html";

    private ReportFiles() {}

    /** Writes both files into {@code directory}, creating it, and returns their paths. */
    static List<Path> write(BacktestResult result, Path directory) {
        prepare(directory);
        Path json = directory.resolve(JSON);
        Path html = directory.resolve(HTML);
        new JsonReportWriter().write(result, json);
        new HtmlReportWriter().write(result, html);
        return List.of(json, html);
    }

    /** Creates {@code directory} if needed, so a bad --out fails before any training starts. */
    static void prepare(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new InputException(
                    "--out " + directory + ": cannot create the directory (" + e.getMessage() + ")",
                    e);
        }
        if (!Files.isWritable(directory)) {
            throw new InputException("--out " + directory + ": the directory is not writable");
        }
    }
}
