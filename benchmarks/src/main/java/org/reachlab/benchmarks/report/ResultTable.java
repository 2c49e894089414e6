package org.reachlab.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders JMH JSON results as a short markdown table: benchmark, size (the parameters), score,
 * error, unit, and bytes allocated per unit when the run used {@code -prof gc}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.reachlab.benchmarks.report.ResultTable RESULT.json}
 * (the table goes to standard output).
 */
public final class ResultTable {

    private ResultTable() {
    }

    /** The markdown table of the results, one line per benchmark and parameter set. */
    public static String render(List<Result> results) {
        boolean alloc = results.stream().anyMatch(r -> !Double.isNaN(r.allocPerUnit()));
        StringBuilder sb = new StringBuilder();
        sb.append("| benchmark | size | score | error | unit |").append(alloc ? " alloc |" : "").append('\n');
        sb.append("|---|---|---:|---:|---|").append(alloc ? "---:|" : "").append('\n');
        for (Result r : results) {
            sb.append("| ").append(r.shortName()).append(" | ").append(size(r)).append(" | ")
                    .append(number(r.score())).append(" | ")
                    .append(Double.isNaN(r.error()) ? "" : "± " + number(r.error())).append(" | ")
                    .append(r.unit()).append(" |");
            if (alloc) {
                sb.append(' ').append(Double.isNaN(r.allocPerUnit()) ? ""
                        : number(r.allocPerUnit()) + " B/" + singular(r.unit().replaceFirst("/[^/]*$", "")))
                        .append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The singular of a counted unit: rows to row, slotProbabilities to slotProbability. */
    static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** The parameters as {@code name=value} pairs, or an empty string. */
    static String size(Result r) {
        return r.params().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** A number with thousands separators, three significant digits below 100, none above. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        double a = Math.abs(x);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", x);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", x);
        }
        return String.format(Locale.ROOT, "%.3g", x);
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ResultTable RESULT.json");
            System.exit(2);
        }
        try {
            System.out.print(render(ResultFile.read(Path.of(args[0]))));
        } catch (IOException e) {
            System.err.println("ResultTable: " + e.getMessage());
            System.exit(1);
        }
    }
}
