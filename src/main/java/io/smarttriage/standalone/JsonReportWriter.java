package io.smarttriage.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a backtest result as indented JSON. */
final class JsonReportWriter {

    private final ObjectMapper mapper =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Writes {@code result} to {@code file}, replacing it. */
    void write(BacktestResult result, Path file) {
        try {
            mapper.writeValue(file.toFile(), result);
        } catch (IOException e) {
            throw new InputException(
                    "cannot write the JSON result to '" + file + "': " + e.getMessage(), e);
        }
    }
}
