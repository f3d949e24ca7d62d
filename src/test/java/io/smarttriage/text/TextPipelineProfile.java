package io.smarttriage.text;

import io.smarttriage.domain.Ticket;
import io.smarttriage.ingest.ColumnMappings;
import io.smarttriage.ingest.ExportFormat;
import io.smarttriage.ingest.IngestOptions;
import io.smarttriage.ingest.TicketSources;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures thread CPU time of {@link TextPipeline#tokens} per ticket over the first rows of the
 * shared Apache Jira bugs export, and the time of each redaction rule and cleaning stage.
 *
 * <p>Run from the repository root: {@code java -cp target/classes:target/test-classes:$(cat
 * target/cp.txt) io.smarttriage.text.TextPipelineProfile [rows] [rounds]}.
 */
final class TextPipelineProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path ISSUES = Path.of("../shared/data/apache-jira-bugs/issues.csv");

    private TextPipelineProfile() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Ticket> tickets = read(rows);
        TextPipeline pipeline = new TextPipeline();
        for (int round = 0; round < rounds; round++) {
            tickets.forEach(pipeline::tokens);
        }
        long[] cpu = new long[tickets.size()];
        for (int i = 0; i < tickets.size(); i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            pipeline.tokens(tickets.get(i));
            cpu[i] = THREADS.getCurrentThreadCpuTime() - start;
        }
        report(cpu);
        stages(tickets);
        compareWithWholeTextScans(tickets);
    }

    private static List<Ticket> read(int rows) throws Exception {
        IngestOptions options =
                new IngestOptions(ColumnMappings.resolve("apache-jira-bugs"), null, null, null, 20);
        List<Ticket> tickets = new ArrayList<>();
        TicketSources.open(ISSUES, ExportFormat.MAPPED_CSV, options)
                .read(
                        ticket -> {
                            if (tickets.size() < rows) {
                                tickets.add(ticket);
                            }
                        });
        return tickets;
    }

    private static void report(long[] cpu) {
        long[] sorted = cpu.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(cpu).average().orElse(0);
        System.out.printf(
                "tickets %d: CPU p50 %.3f ms, p90 %.3f, p99 %.3f ms, max %.3f ms, mean %.3f ms%n",
                cpu.length,
                sorted[cpu.length / 2] / 1e6,
                sorted[(int) (cpu.length * 0.90)] / 1e6,
                sorted[(int) (cpu.length * 0.99)] / 1e6,
                sorted[cpu.length - 1] / 1e6,
                mean / 1e6);
    }

    private static void stages(List<Ticket> tickets) {
        List<String> texts = new ArrayList<>();
        for (Ticket t : tickets) {
            for (String s : new String[] {t.summary(), t.description(), t.environment()}) {
                if (s != null && !s.isBlank()) {
                    texts.add(TextWindow.head(s, TextPipeline.TRACE_WINDOW));
                }
            }
        }
        List<RedactionRule> rules = RedactionRules.all();
        long[] ruleNanos = new long[rules.size()];
        long[] stage = new long[6];
        for (int round = 0; round < 3; round++) {
            Arrays.fill(ruleNanos, 0);
            Arrays.fill(stage, 0);
            for (String text : texts) {
                String result = timedRules(text, rules, ruleNanos, stage);
                long t2 = THREADS.getCurrentThreadCpuTime();
                if (HtmlText.isHtml(result)) {
                    result = new Redactor().redact(HtmlText.toText(result)).text();
                }
                long t3 = THREADS.getCurrentThreadCpuTime();
                String wiki = WikiMarkup.strip(result);
                long t4 = THREADS.getCurrentThreadCpuTime();
                CleanText reduced = TraceReducer.reduce(wiki);
                long t5 = THREADS.getCurrentThreadCpuTime();
                String prose = reduced.prose().replaceAll("\\s+", " ").strip();
                long t6 = THREADS.getCurrentThreadCpuTime();
                new Tokenizer().tokens(prose);
                long t7 = THREADS.getCurrentThreadCpuTime();
                stage[1] += t3 - t2;
                stage[2] += t4 - t3;
                stage[3] += t5 - t4;
                stage[4] += t6 - t5;
                stage[5] += t7 - t6;
            }
        }
        print(stage, rules, ruleNanos);
    }

    private static void print(long[] stage, List<RedactionRule> rules, long[] ruleNanos) {
        String[] names = {"probe", "html", "wiki", "trace", "whitespace", "tokenize"};
        for (int i = 0; i < names.length; i++) {
            System.out.printf("stage %-10s %8.1f ms%n", names[i], stage[i] / 1e6);
        }
        for (int r = 0; r < rules.size(); r++) {
            System.out.printf(
                    "rule %2d %-14s %8.1f ms  %s%n",
                    r,
                    rules.get(r).kind(),
                    ruleNanos[r] / 1e6,
                    abbreviate(rules.get(r).pattern().pattern()));
        }
    }

    /** Redacts {@code text} rule by rule, adding the probe's and each rule's CPU time. */
    private static String timedRules(
            String text, List<RedactionRule> rules, long[] ruleNanos, long[] stage) {
        int[] counts = new int[RedactionKind.values().length];
        long t0 = THREADS.getCurrentThreadCpuTime();
        TextProbe probe = new TextProbe(text);
        stage[0] += THREADS.getCurrentThreadCpuTime() - t0;
        String result = text;
        for (int r = 0; r < rules.size(); r++) {
            long a = THREADS.getCurrentThreadCpuTime();
            if (rules.get(r).gate().test(probe)) {
                result = rules.get(r).apply(result, counts);
            }
            ruleNanos[r] += THREADS.getCurrentThreadCpuTime() - a;
        }
        return result;
    }

    /** Checks that every scoped rule finds what it finds when scanning the whole text. */
    private static void compareWithWholeTextScans(List<Ticket> tickets) {
        List<RedactionRule> rules = RedactionRules.all();
        int differences = 0;
        int texts = 0;
        for (Ticket t : tickets) {
            for (String s : new String[] {t.summary(), t.description(), t.environment()}) {
                if (s == null || s.isEmpty()) {
                    continue;
                }
                texts++;
                for (RedactionRule rule : rules) {
                    int[] a = new int[RedactionKind.values().length];
                    int[] b = new int[RedactionKind.values().length];
                    String scoped = rule.apply(s, a);
                    String whole = rule.within(MatchScope.WHOLE).apply(s, b);
                    if (!scoped.equals(whole) || !Arrays.equals(a, b)) {
                        differences++;
                        System.out.println("DIFF " + t.key() + " " + rule.kind());
                    }
                }
            }
        }
        System.out.printf("compared %d texts: %d differences%n", texts, differences);
    }

    private static String abbreviate(String s) {
        return s.length() > 50 ? s.substring(0, 50) : s;
    }
}
