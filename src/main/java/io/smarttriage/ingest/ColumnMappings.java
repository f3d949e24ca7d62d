package io.smarttriage.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Built-in column mappings by name and mappings loaded from small properties files.
 *
 * <p>A mapping file names the column for each field ({@code key=Issue}, {@code summary=Title},
 * {@code components=Parts}, ...) and may set {@code key.prefix}, {@code list.separator}, {@code
 * date.pattern} and {@code date.zone}.
 */
public final class ColumnMappings {
    /** Mapping for {@code apache-jira-bugs/issues.csv}. */
    public static final String APACHE_JIRA_BUGS = "apache-jira-bugs";

    /** Mapping for {@code apache-jira-triage/issues.csv}. */
    public static final String APACHE_JIRA_TRIAGE = "apache-jira-triage";

    /** Mapping for {@code it-service-tickets/all_tickets_processed_improved_v3.csv}. */
    public static final String IT_SERVICE_TICKETS = "it-service-tickets";

    private static final String KEY_PREFIX = "key.prefix";
    private static final String LIST_SEPARATOR = "list.separator";
    private static final String DATE_PATTERN = "date.pattern";
    private static final String DATE_ZONE = "date.zone";
    private static final String ABSENT_VALUES = "absent.values";
    private static final String JIRA_REST_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

    private ColumnMappings() {}

    /** Returns the names of the built-in mappings. */
    public static List<String> builtInNames() {
        return List.copyOf(builtIns().keySet());
    }

    /**
     * Returns the built-in mapping called {@code nameOrFile}, or else loads it as a mapping file.
     *
     * @throws IngestException when it is neither a built-in name nor a readable mapping file
     */
    public static ColumnMapping resolve(String nameOrFile) throws IngestException {
        Supplier<ColumnMapping> builtIn = builtIns().get(nameOrFile);
        if (builtIn != null) {
            return builtIn.get();
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IngestException(
                    "mapping '"
                            + nameOrFile
                            + "' is neither a built-in mapping "
                            + builtInNames()
                            + " nor an existing mapping file");
        }
        return load(file);
    }

    /** Loads a mapping from a properties file. */
    public static ColumnMapping load(Path file) throws IngestException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IngestException("mapping file '" + file + "' cannot be read: " + e, e);
        }
        return fromProperties(file.toString(), properties);
    }

    /** Builds a mapping from properties as found in a mapping file. */
    public static ColumnMapping fromProperties(String name, Properties properties)
            throws IngestException {
        Set<String> unknown = new HashSet<>(properties.stringPropertyNames());
        Map<TicketField, String> columns = new EnumMap<>(TicketField.class);
        for (TicketField field : TicketField.values()) {
            String column = properties.getProperty(field.propertyName());
            unknown.remove(field.propertyName());
            if (column != null && !column.isBlank()) {
                columns.put(field, column.trim());
            }
        }
        unknown.removeAll(
                List.of(KEY_PREFIX, LIST_SEPARATOR, DATE_PATTERN, DATE_ZONE, ABSENT_VALUES));
        if (!unknown.isEmpty()) {
            throw new IngestException(
                    "mapping '"
                            + name
                            + "' has unknown properties "
                            + unknown.stream().sorted().toList()
                            + "; allowed are the ticket fields "
                            + "(key, summary, ...) and "
                            + KEY_PREFIX
                            + ", "
                            + LIST_SEPARATOR
                            + ", "
                            + DATE_PATTERN
                            + ", "
                            + DATE_ZONE
                            + ", "
                            + ABSENT_VALUES);
        }
        return build(name, columns, properties);
    }

    private static ColumnMapping build(
            String name, Map<TicketField, String> columns, Properties properties)
            throws IngestException {
        String pattern = properties.getProperty(DATE_PATTERN, "").trim();
        try {
            DateReader.checkPattern(pattern);
            return new ColumnMapping(
                    name,
                    columns,
                    properties.getProperty(KEY_PREFIX),
                    properties.getProperty(LIST_SEPARATOR, "|"),
                    pattern.isEmpty() ? null : pattern,
                    zone(name, properties.getProperty(DATE_ZONE, "UTC").trim()),
                    absentValues(properties.getProperty(ABSENT_VALUES, "")));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IngestException("mapping '" + name + "' is invalid: " + e.getMessage(), e);
        }
    }

    private static ZoneId zone(String mapping, String zone) throws IngestException {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IngestException(
                    "mapping '"
                            + mapping
                            + "' is invalid: "
                            + DATE_ZONE
                            + " '"
                            + zone
                            + "' is not a time zone ID such as UTC or Europe/Berlin",
                    e);
        }
    }

    private static Set<String> absentValues(String commaSeparated) {
        Set<String> values = new HashSet<>();
        for (String value : commaSeparated.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static Map<String, Supplier<ColumnMapping>> builtIns() {
        Map<String, Supplier<ColumnMapping>> builtIns = new LinkedHashMap<>();
        builtIns.put(APACHE_JIRA_BUGS, ColumnMappings::apacheJiraBugs);
        builtIns.put(APACHE_JIRA_TRIAGE, ColumnMappings::apacheJiraTriage);
        builtIns.put(IT_SERVICE_TICKETS, ColumnMappings::itServiceTickets);
        return builtIns;
    }

    /** The mapping for the Apache Jira bug CSV flattened from Jira REST JSON. */
    public static ColumnMapping apacheJiraBugs() {
        Map<TicketField, String> columns = new EnumMap<>(TicketField.class);
        for (TicketField field : TicketField.values()) {
            columns.put(field, field.propertyName());
        }
        columns.remove(TicketField.CATEGORY);
        return new ColumnMapping(
                APACHE_JIRA_BUGS, columns, null, "|", JIRA_REST_PATTERN, ZoneOffset.UTC);
    }

    /**
     * The mapping for the scraped Apache Jira CSV: display dates without a stated zone (read as
     * UTC), comma-separated lists, {@code None} and {@code Unassigned} as placeholders.
     */
    public static ColumnMapping apacheJiraTriage() {
        Map<TicketField, String> columns = new EnumMap<>(TicketField.class);
        for (TicketField field :
                List.of(
                        TicketField.KEY,
                        TicketField.PROJECT,
                        TicketField.CREATED,
                        TicketField.RESOLVED,
                        TicketField.SUMMARY,
                        TicketField.DESCRIPTION,
                        TicketField.ENVIRONMENT,
                        TicketField.REPORTER,
                        TicketField.ASSIGNEE,
                        TicketField.PRIORITY)) {
            columns.put(field, field.propertyName());
        }
        columns.put(TicketField.COMPONENTS, "component");
        columns.put(TicketField.LABELS, "label");
        columns.put(TicketField.AFFECTS_VERSIONS, "affects_version");
        return new ColumnMapping(
                APACHE_JIRA_TRIAGE,
                columns,
                null,
                ",",
                "dd/MMM/yy HH:mm",
                ZoneOffset.UTC,
                Set.of("None", "Unassigned"));
    }

    /** The mapping for the IT service ticket CSV: text and category only, keys from rows. */
    public static ColumnMapping itServiceTickets() {
        Map<TicketField, String> columns = new EnumMap<>(TicketField.class);
        columns.put(TicketField.SUMMARY, "Document");
        columns.put(TicketField.CATEGORY, "Topic_group");
        return new ColumnMapping(IT_SERVICE_TICKETS, columns, "ITS", "|", null, ZoneOffset.UTC);
    }
}
