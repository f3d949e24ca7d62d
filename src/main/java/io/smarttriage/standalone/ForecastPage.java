package io.smarttriage.standalone;

import io.smarttriage.forecast.ChartData;
import io.smarttriage.forecast.ChartLayout;
import java.io.StringWriter;
import java.util.List;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/** Renders the self-contained HTML page from the chart data. */
final class ForecastPage {

    private ForecastPage() {}

    static String render(
            ChartData chart,
            List<ForecastRow> rows,
            List<ForecastCategoryRow> categories,
            String assumptions,
            ForecastMessages messages) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty("resource.loaders", "class");
        engine.setProperty(
                "resource.loader.class.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        engine.init();
        VelocityContext context = new VelocityContext();
        context.put("msg", messages);
        context.put("data", chart);
        context.put("layout", ChartLayout.of(chart));
        context.put("rows", rows);
        context.put("categories", categories);
        context.put("notes", chart.notes().stream().sorted().toList());
        context.put(
                "project",
                chart.project() == null
                        ? messages.plain("triage.forecast.page.all")
                        : chart.project());
        context.put("maxAgents", rows.stream().mapToInt(ForecastRow::agents).max().orElse(0));
        context.put("staffingText", assumptions);
        StringWriter html = new StringWriter();
        engine.getTemplate("standalone/forecast.html.vm", "UTF-8").merge(context, html);
        return html.toString();
    }
}
