package io.smarttriage.standalone;

import io.smarttriage.forecast.HolidayCalendar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** Reads the {@code --holidays} file: one yyyy-MM-dd per line, blank and # lines ignored. */
final class ForecastHolidays {

    private ForecastHolidays() {}

    /** Returns the calendar in {@code file}, or no holidays when {@code file} is null. */
    static HolidayCalendar read(Path file, CommandLine command) {
        if (file == null) {
            return HolidayCalendar.none();
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(
                    "--holidays "
                            + file
                            + (Files.isDirectory(file)
                                    ? ": is a folder, not a file"
                                    : ": no such file"));
        }
        Set<LocalDate> dates = new HashSet<>();
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(line));
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(
                        command,
                        file
                                + ", line "
                                + (i + 1)
                                + ": '"
                                + line
                                + "' is not a date in pattern yyyy-MM-dd",
                        e);
            }
        }
        return new HolidayCalendar(dates);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(
                    "--holidays "
                            + file
                            + ": cannot be read as UTF-8 text ("
                            + e.getMessage()
                            + ")",
                    e);
        }
    }
}
