package io.smarttriage.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces Java stack traces, Python tracebacks and pasted log lines to signature tokens and returns
 * the remaining prose.
 *
 * <ul>
 *   <li>Java: an exception line ({@code Exception in thread ...}, {@code Caused by: ...}, {@code
 *       a.b.FooException: message}) gives {@code exc_fooexception}; the first frame after it that
 *       is not in {@code java.}, {@code javax.}, {@code sun.}, {@code jdk.} or {@code com.sun.}
 *       gives {@code frame_<class>_<method>} and {@code pkg_<project>} (see {@link JavaFrames}).
 *       Exception lines, frames and {@code ... 12 more} lines are dropped, message included.
 *       Qualified exception names inside prose also give {@code exc_} tokens.
 *   <li>Python: after {@code Traceback (most recent call last):}, the innermost frame outside the
 *       standard library and site-packages gives {@code frame_<file>_<function>}, the final {@code
 *       SomeError: message} line gives {@code exc_someerror}.
 *   <li>Logs: a line that starts with a timestamp, or with a level followed by a logger, gives
 *       {@code log_<level>} and {@code logger_<simple name>}; the whole line is dropped, so
 *       timestamps, thread names, ids, hosts, numbers and the message never become words.
 * </ul>
 *
 * <p>Not thread-safe: use one instance per text.
 */
final class TraceReducer {

    private static final Pattern EXCEPTION_LINE =
            Pattern.compile(
                    "^(?:Exception in thread \"[^\"]{0,200}\"\\s+|Caused by:\\s*|Suppressed:\\s*)?"
                            + "((?:[a-zA-Z_$][\\w$]*\\.){0,20}[A-Z][\\w$]*(?:Exception|Error"
                            + "|Throwable))"
                            + "(?::.*)?$");
    private static final Pattern QUALIFIED_EXCEPTION =
            Pattern.compile("\\b((?:[a-z_$][\\w$]*\\.){1,20}[A-Z][\\w$]*(?:Exception|Error))\\b");
    private static final Pattern FRAME =
            Pattern.compile(
                    "\\bat\\s+(?:[\\w.$@-]{0,100}/{1,2})?([\\w$]+(?:\\.[\\w$<>-]+){1,30})"
                            + "\\([^()\\n]{0,300}\\)");
    private static final Pattern MORE = Pattern.compile("\\.\\.\\.\\s*\\d+\\s+(?:more|common)");
    private static final Pattern PY_FRAME =
            Pattern.compile("^File \"([^\"]{1,500})\", line \\d+, in (\\S{1,200})");
    private static final Pattern PY_EXCEPTION =
            Pattern.compile("^([A-Za-z_][\\w.]{0,200}(?:Error|Exception|Exit|Interrupt))(?::.*)?$");

    private final Signatures signatures = new Signatures();
    private final LogLines logLines = new LogLines(signatures);
    private final StringBuilder prose = new StringBuilder();

    /** Whether the next application frame is the top one of a trace; a header or prose resets. */
    private boolean wantFrame = true;

    private boolean inPythonTrace;
    private String pythonFrame;

    /** Reduces {@code text} and returns its prose and signature tokens. */
    static CleanText reduce(String text) {
        TraceReducer reducer = new TraceReducer();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            reducer.line(text.substring(start, end));
            start = end + 1;
        }
        return new CleanText(reducer.prose.toString(), reducer.signatures.toList(), Map.of());
    }

    private void line(String line) {
        String trimmed = line.strip();
        if (inPythonTrace && pythonLine(line, trimmed)) {
            return;
        }
        if (trimmed.startsWith("Traceback (most recent call last)")) {
            inPythonTrace = true;
            pythonFrame = null;
        } else if (!javaLine(trimmed) && !logLines.accept(trimmed)) {
            prose.append(inlineTraces(line)).append('\n');
            wantFrame |= !trimmed.isEmpty();
        }
    }

    private boolean javaLine(String trimmed) {
        if (trimmed.startsWith("at ") || trimmed.startsWith("at\t")) {
            Matcher frame = FRAME.matcher(trimmed);
            if (frame.lookingAt() && frame.end() == trimmed.length()) {
                frame(frame.group(1));
                return true;
            }
        }
        if (trimmed.startsWith("...")) {
            return MORE.matcher(trimmed).lookingAt();
        }
        Matcher exception = EXCEPTION_LINE.matcher(trimmed);
        if (namesException(trimmed) && exception.matches()) {
            signatures.addException(exception.group(1));
            wantFrame = true;
            return true;
        }
        return false;
    }

    private static boolean namesException(String text) {
        return text.contains("Exception") || text.contains("Error") || text.contains("Throwable");
    }

    private void frame(String qualifiedMethod) {
        if (wantFrame && !JavaFrames.isPlatform(qualifiedMethod)) {
            JavaFrames.addFrame(qualifiedMethod, signatures);
            wantFrame = false;
        }
    }

    /** Handles frames run together on one line and exception names inside sentences. */
    private String inlineTraces(String line) {
        if (line.indexOf('.') < 0) {
            return line;
        }
        if (namesException(line)) {
            Matcher exception = QUALIFIED_EXCEPTION.matcher(line);
            while (exception.find()) {
                signatures.addException(exception.group(1));
                wantFrame = true;
            }
        }
        Matcher frame = FRAME.matcher(line);
        if (line.indexOf('(') < 0 || !line.contains("at") || !frame.find()) {
            return line;
        }
        StringBuilder rest = new StringBuilder(line.length());
        do {
            frame(frame.group(1));
            frame.appendReplacement(rest, " ");
        } while (frame.find());
        return frame.appendTail(rest).toString();
    }

    private boolean pythonLine(String line, String trimmed) {
        Matcher frame = PY_FRAME.matcher(trimmed);
        if (frame.find()) {
            if (!isPythonLibrary(frame.group(1))) {
                pythonFrame = fileStem(frame.group(1)) + "_" + frame.group(2);
            }
            return true;
        }
        if (!line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
            return true;
        }
        inPythonTrace = false;
        Matcher exception = PY_EXCEPTION.matcher(trimmed);
        if (pythonFrame != null) {
            signatures.add("frame", pythonFrame);
        }
        if (exception.matches()) {
            signatures.addException(exception.group(1));
            return true;
        }
        return false;
    }

    private static boolean isPythonLibrary(String path) {
        return path.contains("site-packages")
                || path.contains("/lib/python")
                || path.contains("\\Lib\\")
                || path.startsWith("<");
    }

    private static String fileStem(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
    }
}
