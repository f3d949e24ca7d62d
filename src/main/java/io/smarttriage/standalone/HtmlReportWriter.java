package io.smarttriage.standalone;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders a backtest result as one self-contained HTML page from a Velocity template: inline CSS
 * and SVG, no script and no link outside the page. Every inserted value is HTML-escaped by a
 * reference-insertion event handler.
 */
final class HtmlReportWriter {

    private static final String TEMPLATE = "standalone/report.html.vm";

    private final VelocityEngine engine;
    private final ObjectMapper mapper = new ObjectMapper();

    HtmlReportWriter() {
        Properties properties = new Properties();
        properties.setProperty("resource.loaders", "classpath");
        properties.setProperty(
                "resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(
                "event_handler.reference_insertion.class", EscapeHtmlReference.class.getName());
        engine = new VelocityEngine(properties);
        engine.init();
    }

    /** Writes the report for {@code result} to {@code file}, replacing it. */
    void write(BacktestResult result, Path file) {
        Template template = engine.getTemplate(TEMPLATE, StandardCharsets.UTF_8.name());
        VelocityContext context = new VelocityContext();
        context.put(
                "result", mapper.convertValue(result, new TypeReference<Map<String, Object>>() {}));
        context.put("plots", result.fields().stream().map(PlotGeometry::of).toList());
        context.put("text", new ReportMessages(Locale.ENGLISH));
        context.put("num", new ReportNumbers());
        context.put(
                "plot",
                Map.of(
                        "left",
                        PlotGeometry.LEFT,
                        "top",
                        PlotGeometry.TOP,
                        "width",
                        PlotGeometry.WIDTH,
                        "height",
                        PlotGeometry.HEIGHT,
                        "right",
                        PlotGeometry.LEFT + PlotGeometry.WIDTH,
                        "bottom",
                        PlotGeometry.TOP + PlotGeometry.HEIGHT));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            template.merge(context, writer);
        } catch (IOException e) {
            throw new InputException(
                    "cannot write the HTML report to '" + file + "': " + e.getMessage(), e);
        }
    }
}
