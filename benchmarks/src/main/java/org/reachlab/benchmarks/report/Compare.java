package org.reachlab.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two JMH JSON result files, say main's (A) and a branch's (B), benchmark by benchmark
 * and parameter set: both scores in the user's unit and the speedup of B over A (B/A for
 * throughput, A/B for time per operation, so above 1 always means B is faster). A speedup whose
 * scores lie within their combined errors is marked {@code ~} (not distinguishable from noise).
 * Results present in only one file are listed after the table.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.reachlab.benchmarks.report.Compare A.json B.json}.
 */
public final class Compare {

    private Compare() {
    }

    /** One benchmark and parameter set present in both files. */
    public record Row(Result a, Result b) {

        /** How many times faster B is than A. */
        public double speedup() {
            return a.higherIsBetter() ? b.score() / a.score() : a.score() / b.score();
        }

        /** Whether the difference is within the two confidence intervals. */
        public boolean withinError() {
            double ea = Double.isNaN(a.error()) ? 0 : a.error();
            double eb = Double.isNaN(b.error()) ? 0 : b.error();
            return Math.abs(a.score() - b.score()) <= ea + eb;
        }
    }

    /** Pairs the results of A and B by benchmark, mode and parameters, in A's order. */
    public static List<Row> pair(List<Result> a, List<Result> b) {
        Map<String, Result> byKey = new LinkedHashMap<>();
        for (Result r : b) {
            byKey.put(key(r), r);
        }
        List<Row> rows = new ArrayList<>();
        for (Result r : a) {
            Result other = byKey.get(key(r));
            if (other != null) {
                rows.add(new Row(r, other));
            }
        }
        return rows;
    }

    /** The comparison as a markdown table, followed by the results only one file has. */
    public static String render(List<Result> a, List<Result> b, String nameA, String nameB) {
        List<Row> rows = pair(a, b);
        StringBuilder sb = new StringBuilder();
        sb.append("A = ").append(nameA).append("\nB = ").append(nameB)
                .append("\nspeedup = how many times faster B is than A; ~ = within the error bars\n\n");
        sb.append("| benchmark | size | A | B | unit | speedup |\n|---|---|---:|---:|---|---:|\n");
        for (Row r : rows) {
            if (!r.a().unit().equals(r.b().unit())) {
                sb.append("| ").append(r.a().shortName()).append(" | ").append(ResultTable.size(r.a()))
                        .append(" | ").append(ResultTable.number(r.a().score())).append(' ').append(r.a().unit())
                        .append(" | ").append(ResultTable.number(r.b().score())).append(' ').append(r.b().unit())
                        .append(" | units differ | |\n");
                continue;
            }
            sb.append("| ").append(r.a().shortName()).append(" | ").append(ResultTable.size(r.a())).append(" | ")
                    .append(ResultTable.number(r.a().score())).append(" | ")
                    .append(ResultTable.number(r.b().score())).append(" | ").append(r.a().unit()).append(" | ")
                    .append(r.withinError() ? "~" : "")
                    .append(String.format(java.util.Locale.ROOT, "%.2fx", r.speedup())).append(" |\n");
        }
        appendMissing(sb, a, b, "only in A");
        appendMissing(sb, b, a, "only in B");
        return sb.toString();
    }

    private static void appendMissing(StringBuilder sb, List<Result> from, List<Result> other, String label) {
        Map<String, Result> keys = new LinkedHashMap<>();
        for (Result r : other) {
            keys.put(key(r), r);
        }
        for (Result r : from) {
            if (!keys.containsKey(key(r))) {
                sb.append(label).append(": ").append(r.shortName()).append(' ').append(ResultTable.size(r))
                        .append('\n');
            }
        }
    }

    private static String key(Result r) {
        return r.benchmark() + '|' + r.mode() + '|' + ResultTable.size(r);
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Compare A.json B.json");
            System.exit(2);
        }
        try {
            List<Result> a = ResultFile.read(Path.of(args[0]));
            List<Result> b = ResultFile.read(Path.of(args[1]));
            if (pair(a, b).isEmpty()) {
                System.err.println("Compare: " + args[0] + " and " + args[1] + " have no benchmark and parameter "
                        + "set in common");
                System.exit(1);
            }
            System.out.print(render(a, b, args[0], args[1]));
        } catch (IOException e) {
            System.err.println("Compare: " + e.getMessage());
            System.exit(1);
        }
    }
}
