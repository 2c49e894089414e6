package org.reachlab.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @TempDir
    Path dir;

    /** One result as JMH 1.37 writes it with -prof gc, trimmed to the fields read. */
    private static String result(String benchmark, String params, double ops, double rows, double rowsError,
                                 double bytesPerOp) {
        return """
                {
                  "benchmark" : "org.reachlab.benchmarks.ingest.%s",
                  "mode" : "thrpt",
                  "params" : { %s },
                  "primaryMetric" : { "score" : %s, "scoreError" : "NaN", "scoreUnit" : "ops/s" },
                  "secondaryMetrics" : {
                    "gc.alloc.rate" : { "score" : 90.2, "scoreError" : "NaN", "scoreUnit" : "MB/sec" },
                    "gc.alloc.rate.norm" : { "score" : %s, "scoreError" : "NaN", "scoreUnit" : "B/op" },
                    "rows" : { "score" : %s, "scoreError" : %s, "scoreUnit" : "ops/s" }
                  }
                }""".formatted(benchmark, params, ops, bytesPerOp, rows, rowsError);
    }

    private Path file(String name, String... results) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "[" + String.join(",", results) + "]");
        return f;
    }

    @Test
    void readsTheCounterAsTheScoreInItsUnitAndAllocationPerUnit() throws IOException {
        Path f = file("a.json", result("IngestBenchmark.ingest", "\"rows\" : \"100000\", \"features\" : \"false\"",
                0.5, 50_000, 1_000, 8_000_000));

        Result r = ResultFile.read(f).get(0);

        assertThat(r.shortName()).isEqualTo("IngestBenchmark.ingest");
        assertThat(r.params()).containsEntry("rows", "100000").containsEntry("features", "false");
        assertThat(r.score()).isEqualTo(50_000);
        assertThat(r.error()).isEqualTo(1_000);
        assertThat(r.unit()).isEqualTo("rows/s");
        // 8 MB per operation, 100,000 rows per operation: 80 bytes per row
        assertThat(r.allocPerUnit()).isCloseTo(80, within(1e-9));
    }

    @Test
    void withoutACounterThePrimaryResultIsTheScore() throws IOException {
        Path f = file("p.json", """
                {"benchmark" : "x.Y.z", "mode" : "avgt", "params" : {},
                 "primaryMetric" : { "score" : 3.5, "scoreError" : 0.25, "scoreUnit" : "ms/op" },
                 "secondaryMetrics" : {}}""");

        Result r = ResultFile.read(f).get(0);

        assertThat(r.unit()).isEqualTo("ms/op");
        assertThat(r.score()).isEqualTo(3.5);
        assertThat(Double.isNaN(r.allocPerUnit())).isTrue();
        assertThat(r.higherIsBetter()).isFalse();
    }

    @Test
    void rendersOneMarkdownLinePerBenchmarkAndParameterSet() throws IOException {
        List<Result> results = ResultFile.read(file("a.json",
                result("IngestBenchmark.ingest", "\"rows\" : \"100000\", \"features\" : \"false\"",
                        0.5, 50_000, 1_000, 8_000_000)));

        String table = ResultTable.render(results);

        assertThat(table.lines().toList()).containsExactly(
                "| benchmark | size | score | error | unit | alloc |",
                "|---|---|---:|---:|---|---:|",
                "| IngestBenchmark.ingest | features=false rows=100000 | 50,000 | ± 1,000 | rows/s | 80.0 B/row |");
    }

    @Test
    void comparesByBenchmarkAndParametersAsSpeedups() throws IOException {
        List<Result> a = ResultFile.read(file("a.json",
                result("IngestBenchmark.ingest", "\"rows\" : \"1000\"", 50, 50_000, 1_000, 1),
                result("IngestBenchmark.ingest", "\"rows\" : \"9000\"", 5, 45_000, 40_000, 1),
                result("IngestBenchmark.ingest", "\"rows\" : \"5\"", 5, 25, 1, 1)));
        List<Result> b = ResultFile.read(file("b.json",
                result("IngestBenchmark.ingest", "\"rows\" : \"9000\"", 5, 46_000, 40_000, 1),
                result("IngestBenchmark.ingest", "\"rows\" : \"1000\"", 100, 100_000, 1_000, 1)));

        List<Compare.Row> rows = Compare.pair(a, b);
        String text = Compare.render(a, b, "main.json", "branch.json");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).speedup()).isEqualTo(2.0);
        assertThat(rows.get(0).withinError()).isFalse();
        assertThat(rows.get(1).withinError()).isTrue();
        assertThat(text).contains("| IngestBenchmark.ingest | rows=1000 | 50,000 | 100,000 | rows/s | 2.00x |")
                .contains("| IngestBenchmark.ingest | rows=9000 | 45,000 | 46,000 | rows/s | ~1.02x |")
                .contains("only in A: IngestBenchmark.ingest rows=5");
    }

    @Test
    void aFileThatIsNotJmhJsonIsRejectedWithItsName() throws IOException {
        Path f = dir.resolve("summary.json");
        Files.writeString(f, "{\"tables\": {}}");

        assertThatThrownBy(() -> ResultFile.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("expected an array of results, found object");
    }

    @Test
    void aFileThatIsNotJsonIsRejectedWithItsNameAndPosition() throws IOException {
        Path f = dir.resolve("short-latest.md");
        Files.writeString(f, "| benchmark | size |\n");

        assertThatThrownBy(() -> ResultFile.read(f)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot read " + f + " as JMH JSON: line 1, column 1: ");
    }

    @Test
    void allocationIsPerSingularUnit() {
        assertThat(ResultTable.singular("rows")).isEqualTo("row");
        assertThat(ResultTable.singular("slotProbabilities")).isEqualTo("slotProbability");
        assertThat(ResultTable.singular("ops")).isEqualTo("op");
    }
}
