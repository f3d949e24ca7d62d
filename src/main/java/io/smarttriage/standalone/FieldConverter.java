package io.smarttriage.standalone;

import io.smarttriage.domain.TargetField;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a field name of {@code --fields}: category, component, priority or assignee. */
final class FieldConverter implements ITypeConverter<TargetField> {

    /** The fields a backtest can measure. */
    static final List<TargetField> MEASURABLE =
            List.of(
                    TargetField.CATEGORY,
                    TargetField.COMPONENT,
                    TargetField.PRIORITY,
                    TargetField.ASSIGNEE);

    @Override
    public TargetField convert(String value) {
        for (TargetField field : MEASURABLE) {
            if (field.name().equalsIgnoreCase(value.trim())) {
                return field;
            }
        }
        throw new TypeConversionException(
                "'"
                        + value
                        + "' is not a field the backtest measures;"
                        + " use "
                        + String.join(
                                ", ",
                                MEASURABLE.stream()
                                        .map(f -> f.name().toLowerCase(Locale.ROOT))
                                        .toList()));
    }
}
