package io.smarttriage.standalone;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@code --zone} option: a time zone id such as UTC or Europe/Berlin. */
final class ZoneConverter implements ITypeConverter<ZoneId> {

    @Override
    public ZoneId convert(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not a time zone; use an id such as UTC or Europe/Berlin");
        }
    }
}
