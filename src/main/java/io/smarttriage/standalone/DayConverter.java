package io.smarttriage.standalone;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a calendar day option such as {@code --until}: yyyy-MM-dd, a day that exists. */
final class DayConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not a day in the form yyyy-MM-dd, such as 2018-06-30");
        }
    }
}
