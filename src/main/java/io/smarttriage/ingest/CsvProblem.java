package io.smarttriage.ingest;

import java.util.regex.Pattern;

/** Turns the CSV parser's messages into plain words, without its own line numbering. */
final class CsvProblem {
    private static final Pattern PREFIX =
            Pattern.compile(
                    "^(?:IOException reading next record: )?(?:java\\.io\\.IOException: )?");
    private static final Pattern START_LINE = Pattern.compile("\\(startline \\d+\\)\\s*");

    private CsvProblem() {}

    /** Describes what is wrong, in words a person who opens the file in an editor can act on. */
    static String describe(String parserMessage) {
        String bare =
                START_LINE.matcher(PREFIX.matcher(parserMessage).replaceFirst("")).replaceAll("");
        if (bare.startsWith("EOF reached before encapsulated token finished")) {
            return "a quoted value is never closed (the file ends inside quotes)";
        }
        if (bare.startsWith("Invalid character between encapsulated token and delimiter")
                || bare.startsWith("invalid char between encapsulated token and delimiter")) {
            return "a closing quote is followed by other characters before the next comma";
        }
        return bare;
    }
}
