package io.smarttriage.ingest;

import java.util.List;

/** Where the fields of Jira's "CSV (all fields)" export sit in one file's header. */
final class JiraCsvColumns {
    static final String KEY = "Issue key";
    static final String SUMMARY = "Summary";
    static final String CREATED = "Created";
    static final String RESOLVED = "Resolved";
    static final String DEFAULT_CATEGORY = "Custom field (Request Type)";
    static final List<String> REQUIRED = List.of(KEY, SUMMARY, CREATED);

    final int key;
    final int project;
    final int created;
    final int resolved;
    final int summary;
    final int description;
    final int environment;
    final int reporter;
    final int assignee;
    final int priority;
    final int category;
    final List<Integer> components;
    final List<Integer> labels;
    final List<Integer> affectsVersions;

    JiraCsvColumns(CsvHeader header, String categoryColumn) {
        key = first(header, KEY);
        project = first(header, "Project key");
        created = first(header, CREATED);
        resolved = first(header, RESOLVED);
        summary = first(header, SUMMARY);
        description = first(header, "Description");
        environment = first(header, "Environment");
        reporter = user(header, "Reporter");
        assignee = user(header, "Assignee");
        priority = first(header, "Priority");
        category = first(header, categoryColumn);
        components = header.positions("Component/s");
        labels = header.positions("Labels");
        affectsVersions = header.positions("Affects Version/s");
    }

    /** Prefers the stable user id column (newer exports) over the display name column. */
    private static int user(CsvHeader header, String name) {
        int id = first(header, name + " Id");
        return id >= 0 ? id : first(header, name);
    }

    private static int first(CsvHeader header, String name) {
        List<Integer> positions = header.positions(name);
        return positions.isEmpty() ? -1 : positions.get(0);
    }
}
