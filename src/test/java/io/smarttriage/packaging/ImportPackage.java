package io.smarttriage.packaging;

import java.util.ArrayList;
import java.util.List;

/** One clause of an OSGi {@code Import-Package} header. */
record ImportPackage(String name, String attributes) {

    boolean optional() {
        return attributes.replace(" ", "").contains("resolution:=optional");
    }

    /** Splits a header at the commas that are not inside quotes. */
    static List<ImportPackage> parse(String header) {
        List<ImportPackage> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : splitOutsideQuotes(header)) {
            int semicolon = clause.indexOf(';');
            String name = semicolon < 0 ? clause : clause.substring(0, semicolon);
            String attributes = semicolon < 0 ? "" : clause.substring(semicolon + 1);
            clauses.add(new ImportPackage(name.trim(), attributes.trim()));
        }
        return clauses;
    }

    private static List<String> splitOutsideQuotes(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
