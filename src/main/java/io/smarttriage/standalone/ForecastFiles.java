package io.smarttriage.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smarttriage.forecast.ChartData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes forecast.json (chart data, and category rows if any) and forecast.html to a folder. */
final class ForecastFiles {

    private ForecastFiles() {}

    /** Writes both files into {@code out}, creating it, and returns the HTML file's path. */
    static Path write(
            Path out,
            ChartData chart,
            List<ForecastRow> rows,
            List<ForecastCategoryRow> categories,
            boolean byCategory,
            String assumptions,
            ForecastMessages messages)
            throws IOException {
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = json.valueToTree(chart);
        if (byCategory) {
            tree.set("categories", json.valueToTree(categories));
        }
        json.writerWithDefaultPrettyPrinter().writeValue(json(out).toFile(), tree);
        Path html = out.resolve("forecast.html");
        Files.writeString(
                html, ForecastPage.render(chart, rows, categories, assumptions, messages));
        return html;
    }

    /** Returns the path of forecast.json in {@code out}. */
    static Path json(Path out) {
        return out.resolve("forecast.json");
    }
}
