package io.smarttriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TraceReductionTest {

    private final TextPipeline pipeline = new TextPipeline();

    @Test
    void givenJavaStackTrace_analyse_exceptionTopAppFrameAndPackageOnly() {
        String raw =
                String.join(
                        "\n",
                        "Opening the file fails:",
                        "Exception in thread \"main\" java.lang.IllegalStateException: stream "
                                + "closed",
                        "\tat java.util.Objects.requireNonNull(Objects.java:203)",
                        "\tat org.apache.hadoop.hdfs.DFSClient.open(DFSClient.java:123)",
                        "\tat org.apache.hadoop.hdfs.DFSInputStream.read(DFSInputStream.java:88)",
                        "Caused by: java.io.IOException: connection reset",
                        "\tat java.base/sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:47)",
                        "\tat app//org.example.shop.cart.Cart$Line.add(Cart.java:10)",
                        "\t... 12 more",
                        "Nothing else.");

        CleanText clean = pipeline.analyse(raw);

        assertThat(clean.signatures())
                .containsExactly(
                        "exc_illegalstateexception",
                        "frame_dfsclient_open",
                        "pkg_hadoop_hdfs",
                        "exc_ioexception",
                        "frame_cart_add",
                        "pkg_shop_cart");
        assertThat(clean.prose()).isEqualTo("Opening the file fails: Nothing else.");
    }

    @Test
    void givenFramesRunTogetherOnOneLine_analyse_sameSignatures() {
        String raw =
                "Got java.lang.NullPointerException at java.util.HashMap.get(HashMap.java:5)"
                        + " at org.apache.hive.service.cli.CLIService.run(CLIService.java:9) today";

        CleanText clean = pipeline.analyse(raw);

        assertThat(clean.signatures())
                .containsExactly(
                        "exc_nullpointerexception", "frame_cliservice_run", "pkg_hive_service");
        assertThat(clean.prose()).doesNotContain("HashMap", "CLIService").endsWith("today");
    }

    @Test
    void givenPythonTraceback_analyse_innermostAppFrameAndException() {
        String raw =
                String.join(
                        "\n",
                        "The job dies:",
                        "Traceback (most recent call last):",
                        "  File \"/srv/app/runner.py\", line 10, in run_job",
                        "    load(path)",
                        "  File \"/usr/lib/python3.8/json/__init__.py\", line 357, in loads",
                        "    return decoder.decode(s)",
                        "ValueError: bad value in row 7",
                        "Please help.");

        CleanText clean = pipeline.analyse(raw);

        assertThat(clean.signatures()).containsExactly("frame_runner_run_job", "exc_valueerror");
        assertThat(clean.prose()).isEqualTo("The job dies: Please help.");
    }

    @Test
    void givenHundredsOfLogLines_analyse_aHandfulOfLevelAndLoggerTokens() {
        String raw =
                IntStream.range(0, 300)
                        .mapToObj(TraceReductionTest::logLine)
                        .collect(Collectors.joining("\n", "Logs attached:\n", "\nEnd."));

        CleanText clean = pipeline.analyse(raw);

        assertThat(clean.signatures())
                .containsExactly(
                        "log_info",
                        "logger_datanode",
                        "log_error",
                        "logger_server",
                        "log_warn",
                        "logger_jobclient");
        assertThat(clean.prose()).isEqualTo("Logs attached: End.");
    }

    @Test
    void givenProseMentioningErrors_analyse_proseKept() {
        String raw = "ERROR: the table is empty\nWe saw an Error: in the UI";

        CleanText clean = pipeline.analyse(raw);

        assertThat(clean.prose()).isEqualTo("ERROR: the table is empty We saw an Error: in the UI");
        assertThat(clean.signatures()).isEmpty();
    }

    private static String logLine(int i) {
        return switch (i % 3) {
            case 0 ->
                    "2016-01-01 12:00:0"
                            + i % 10
                            + ",123 INFO [DataXceiver for client /10.0.0."
                            + i % 200
                            + "] org.apache.hadoop.hdfs.server.datanode.DataNode: block "
                            + "blk_"
                            + (1000 + i)
                            + " from host"
                            + i
                            + ".example.com";
            case 1 ->
                    "2016-01-01 12:00:01,999 ERROR [IPC Server handler "
                            + i
                            + " on 8020] "
                            + "org.apache.hadoop.ipc.Server: call 0x7f3a"
                            + i
                            + " failed";
            default -> "16/01/01 12:00:02 WARN mapred.JobClient: attempt_" + i + " slow";
        };
    }
}
