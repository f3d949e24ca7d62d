package io.smarttriage.standalone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --train-until}: a date ({@code 2016-01-01}, midnight UTC), a date-time ({@code
 * 2016-01-01T12:00}, UTC) or an instant with offset ({@code 2016-01-01T12:00+02:00}).
 */
final class InstantConverter implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(
                    "'"
                            + value
                            + "' is not a date; use yyyy-MM-dd "
                            + "(midnight UTC) or an ISO-8601 date-time such as 2016-01-01T00:00Z");
        }
    }
}
