package io.smarttriage.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A tiny HTTP server on 127.0.0.1 for the browser test: serves the harness page, the gadget's
 * script and style from the classpath, the English i18n bundle as a script, and fixed REST JSON.
 * Further paths can be routed to handlers of the calling test.
 */
final class GadgetServer implements AutoCloseable {
    static final String REST_PREFIX = "/rest/smart-triage/1.0/forecast/";

    private final HttpServer server;
    private final Map<String, String> forecastJson;

    /** Starts the server; {@code forecastJson} maps project keys to the endpoint's JSON. */
    GadgetServer(Map<String, String> forecastJson) throws IOException {
        this.forecastJson = Map.copyOf(forecastJson);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers requests under {@code pathPrefix} with {@code handler}; the longest prefix wins. */
    void route(String pathPrefix, HttpHandler handler) {
        server.createContext(pathPrefix, handler);
    }

    /** Returns the base URL, e.g. {@code http://127.0.0.1:41234}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/harness.html")) {
            send(exchange, 200, "text/html", resource("gadget/harness.html"));
        } else if (path.equals("/i18n.js")) {
            send(exchange, 200, "text/javascript", i18nScript());
        } else if (path.startsWith("/js/") || path.startsWith("/css/")) {
            String type = path.endsWith(".js") ? "text/javascript" : "text/css";
            send(exchange, 200, type, resource(path.substring(1)));
        } else if (path.startsWith(REST_PREFIX)) {
            String json = forecastJson.get(path.substring(REST_PREFIX.length()));
            String body = json != null ? json : "{\"error\":\"no project\"}";
            send(exchange, json != null ? 200 : 404, "application/json", body.getBytes(UTF8));
        } else {
            send(exchange, 404, "text/plain", "not found".getBytes(UTF8));
        }
    }

    static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

    private static byte[] i18nScript() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = open("i18n/smart-triage.properties")) {
            bundle.load(in);
        }
        Map<String, String> texts = new TreeMap<>();
        bundle.forEach((key, value) -> texts.put(key.toString(), value.toString()));
        String json = new ObjectMapper().writeValueAsString(texts);
        return ("window.ST_I18N = " + json + ";").getBytes(UTF8);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = GadgetServer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("classpath resource " + name + " not found");
        }
        return in;
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, status == 204 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
